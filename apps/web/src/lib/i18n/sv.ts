/**
 * @module
 * The interface in Swedish: plain words, short sentences (the respondents include people
 * with little Swedish and people who find reading hard).
 */
export const sv = {
  skipToContent: 'Hoppa till innehållet',
  language: 'Språk',
  otherLanguage: 'In English',
  otherLanguageKeep: 'In English, with the answers kept',
  introHeading: 'Enkät om stödet du får',
  introWho: (forbund: string) => `${forbund} frågar för att kunna göra stödet bättre.`,
  introAnonymous:
    'Enkäten är anonym. Vi sparar bara dina svar, din grupp, insatsen, kön om du anger det och vilken dag du svarade.',
  introNotStored: 'Vi sparar inte ditt namn, din IP-adress, din enhet eller klockslaget.',
  introSkip: 'Du kan hoppa över frågor som du inte vill eller kan svara på.',
  introTime: (minutes: number) => `Det tar ungefär ${minutes} minuter.`,
  introGroup: 'Enkäten gäller',
  start: 'Börja svara',
  questionOf: (n: number, total: number) => `Fråga ${n} av ${total}`,
  progress: (answered: number, total: number) => `${answered} av ${total} frågor besvarade`,
  conditionHint: (answer: string, n: number) => `Svara bara om du svarade ${answer} på fråga ${n}.`,
  conditionNotMet: (answer: string, n: number) =>
    `Svara bara på den här frågan om du svarade ${answer} på fråga ${n}. Ta bort svaret eller ändra fråga ${n}.`,
  clearAnswer: 'Ta bort svar',
  savedOfflineSent: 'Anslutningen är tillbaka och svaren är skickade.',
  nothingWaiting: 'Inga svar väntar på att skickas.',
  localQuestionsHeading: 'Lokala frågor',
  localQuestionsIntro: 'Frågor som förbundet självt ställer, utöver de nationella.',
  genderHeading: 'Om dig',
  optional: 'Frivillig',
  toReview: 'Gå vidare och granska',
  reviewHeading: 'Granska dina svar',
  reviewIntro: 'Kontrollera svaren. Du kan ändra innan du skickar.',
  notAnswered: 'Inte besvarad',
  edit: 'Ändra svaren',
  send: 'Skicka svaren',
  errorsHeading: 'Något behöver rättas',
  errorsIntro: 'Rätta det som står nedan och försök igen.',
  thanksHeading: 'Tack för dina svar!',
  thanksText: 'Svaren är sparade. Du kan lämna enkäten nu.',
  savedOfflineHeading: 'Tack! Svaren är sparade på enheten',
  savedOfflineText:
    'Det finns ingen anslutning just nu. Svaren skickas automatiskt när anslutningen kommer tillbaka.',
  waiting: (n: number) =>
    n === 1 ? '1 svar väntar på att skickas.' : `${n} svar väntar på att skickas.`,
  nextPerson: 'Nästa person',
  nextPersonSoon: 'Enkäten startar om för nästa person om en stund.',
  idleHeading: 'Är du kvar?',
  idleText: (seconds: number) => `Svaren rensas om ${seconds} sekunder om du inte fortsätter.`,
  idleContinue: 'Jag är kvar',
  accessibility: 'Tillgänglighet',
  poweredBy: 'Indikera: uppföljning för samordningsförbund',
  sending: 'Skickar …',
  sendFailed: 'Svaren kunde inte skickas. Försök igen.',
} as const;

export type Messages = {
  readonly [K in keyof typeof sv]: (typeof sv)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string;
};
