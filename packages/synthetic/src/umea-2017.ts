/**
 * @module
 * Answers that give exactly the fractions of Umeå's socialt bokslut 2017 (seed 002):
 * of 95 deltagare who ended an insats, 63 answered DA1 (stöd till stor nytta) ofta or
 * more, 72 of 94 DA2, 48 of 95 DA5 till stor del or more, 34 of 94 DA6; and 90 of 94
 * answered nej to the förbund's own yes/no question on discrimination.
 */

/**
 * The answers as a responses CSV (`;`).
 * @param discrimination the column of the yes/no question on discrimination: the round's
 * local question (`LDA1`), or an NNS yes/no question standing in for it (`DA8`)
 */
export function umea2017Csv(discrimination: string): string {
  const rows = [`grupp;kon;DA1;DA2;DA5;DA6;${discrimination}`];
  for (let i = 0; i < 95; i++) {
    const answered = i < 94;
    rows.push(
      [
        'deltagare-avslut',
        i % 2 === 0 ? 'kvinna' : 'man',
        i < 63 ? 4 + (i % 3) : 2,
        answered ? (i < 72 ? 5 : 1) : '',
        i < 48 ? 4 : 3,
        answered ? (i < 34 ? 6 : 2) : '',
        answered ? (i < 90 ? 'nej' : 'ja') : '',
      ].join(';'),
    );
  }
  return `${rows.join('\n')}\n`;
}
