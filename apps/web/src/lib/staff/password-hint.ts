/** What a new password must be, said once for every form that sets one. */
export const NEW_PASSWORD_HINT =
  'Minst 10 tecken och inte ett vanligt eller lättgissat lösenord. Några ord i följd, t.ex. en kort mening, är lätta att minnas.';
