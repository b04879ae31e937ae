/**
 * @module
 * How fast answers may come to the public links: per client, generous for a kiosk
 * tablet (a person every few seconds, and a day's answers sent at once when it comes
 * back online), and per link, for a whole office or class answering at once. A flood
 * from one client, or over one link from many, waits (429 with Retry-After).
 */
import { RateLimit, type RateRule } from '../rate-limit';

/** One client (a tablet, a phone, an office behind one address). */
export const CLIENT_RULE: RateRule = { burst: 30, everyMs: 2000 };
/** One link, from every client together. */
export const LINK_RULE: RateRule = { burst: 120, everyMs: 1000 };

export class SurveyRateLimit {
  readonly #links = new RateLimit(LINK_RULE);
  readonly #clients = new RateLimit(CLIENT_RULE);

  /** Counts an answer and gives 0, or gives the seconds to wait and counts nothing. */
  admit(linkId: number, client: string | null, now: number): number {
    const link = String(linkId);
    const wait = Math.max(
      this.#links.retryAfter(link, now),
      client === null ? 0 : this.#clients.retryAfter(client, now),
    );
    if (wait > 0) return wait;
    this.#links.take(link, now);
    if (client !== null) this.#clients.take(client, now);
    return 0;
  }
}
