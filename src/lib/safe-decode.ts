/** decodeURIComponent, or the text unchanged where it is not valid percent-encoding ("100%"). */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
