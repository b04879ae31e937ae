/**
 * @module
 * QR codes for survey links, drawn on the server as SVG: sharp at any print size, and no
 * script in the browser.
 */
import QRCode from 'qrcode';

export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
