/**
 * @module
 * The interface in English, a help for respondents who read English better than Swedish.
 */
import type { Messages } from './sv';

export const en: Messages = {
  skipToContent: 'Skip to content',
  language: 'Language',
  otherLanguage: 'På svenska',
  otherLanguageKeep: 'På svenska, med svaren kvar',
  introHeading: 'Survey about the support you get',
  introWho: (forbund: string) => `${forbund} asks so that the support can be improved.`,
  introAnonymous:
    'The survey is anonymous. We store only your answers, your group, the programme, your gender if you give it, and the day you answered.',
  introNotStored: 'We do not store your name, your IP address, your device or the time of day.',
  introSkip: 'You may skip any question you do not want to or cannot answer.',
  introTime: (minutes: number) => `It takes about ${minutes} minutes.`,
  introGroup: 'The survey is for',
  start: 'Start',
  questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
  progress: (answered: number, total: number) => `${answered} of ${total} questions answered`,
  conditionHint: (answer: string, n: number) =>
    `Answer only if you answered ${answer} to question ${n}.`,
  conditionNotMet: (answer: string, n: number) =>
    `Answer this question only if you answered ${answer} to question ${n}. Remove the answer or change question ${n}.`,
  clearAnswer: 'Remove answer',
  savedOfflineSent: 'The connection is back and the answers have been sent.',
  nothingWaiting: 'No answers are waiting to be sent.',
  localQuestionsHeading: 'Local questions',
  localQuestionsIntro: "The förbund's own questions, beside the national ones (in Swedish only).",
  genderHeading: 'About you',
  optional: 'Optional',
  toReview: 'Continue and review',
  reviewHeading: 'Review your answers',
  reviewIntro: 'Check your answers. You can change them before you send.',
  notAnswered: 'Not answered',
  edit: 'Change answers',
  send: 'Send answers',
  errorsHeading: 'Something needs correcting',
  errorsIntro: 'Correct what is shown below and try again.',
  thanksHeading: 'Thank you for your answers!',
  thanksText: 'Your answers are saved. You can leave the survey now.',
  savedOfflineHeading: 'Thank you! Your answers are saved on this device',
  savedOfflineText:
    'There is no connection right now. The answers are sent automatically when the connection returns.',
  waiting: (n: number) =>
    n === 1 ? '1 answer is waiting to be sent.' : `${n} answers are waiting to be sent.`,
  nextPerson: 'Next person',
  nextPersonSoon: 'The survey restarts for the next person in a moment.',
  idleHeading: 'Are you still there?',
  idleText: (seconds: number) =>
    `The answers will be cleared in ${seconds} seconds unless you continue.`,
  idleContinue: 'I am still here',
  accessibility: 'Accessibility',
  poweredBy: 'Indikera: follow-up for coordination associations',
  sending: 'Sending …',
  sendFailed: 'The answers could not be sent. Please try again.',
};
