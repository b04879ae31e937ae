/**
 * @module
 * Typvärde: the most common answer option (003:1786, "det mest typiska svaret").
 * Several options can tie; all of them are the typvärde.
 */

/**
 * @param distribution option code → count, in scale order
 * @returns every option tied for the highest count, in scale order; [] when nobody answered
 * @example typvarde({ '1': 0, '2': 3, '3': 3 }) // ['2', '3']
 */
export function typvarde(distribution: Readonly<Record<string, number>>): string[] {
  const counts = Object.values(distribution);
  const highest = counts.length > 0 ? Math.max(...counts) : 0;
  if (highest === 0) return [];
  return Object.keys(distribution).filter((code) => distribution[code] === highest);
}
