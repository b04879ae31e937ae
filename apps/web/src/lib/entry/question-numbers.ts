/**
 * @module
 * Messages for whoever types in a paper form speak of the questions as the form numbers
 * them ("fråga 8"), not by the instrument's ids ("DA8").
 */

/** The message with each id of the given questions replaced by "fråga N". */
export function withQuestionNumbers(
  message: string,
  questions: readonly { readonly id: string; readonly position: number }[],
): string {
  const positions = new Map(questions.map((q) => [q.id, q.position]));
  return message.replace(/\b[A-Z]{1,3}\d{1,2}\b/g, (id) => {
    const position = positions.get(id);
    return position === undefined ? id : `fråga ${position}`;
  });
}
