/** The knot a runtime path is in: its first component; root-level content is `''`. */
export function knotOf(path: string): string {
  const first = path.split('.')[0] ?? '';
  return /^\d+$/.test(first) ? '' : first;
}
