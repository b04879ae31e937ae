/**
 * @module
 * Signing in as staff, as a person does: the sign-in page, settled, then the overview.
 */
import type { Page } from 'playwright-core';

export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/logga-in`);
  await page.waitForLoadState('networkidle');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { name: 'Översikt' }).waitFor();
}
