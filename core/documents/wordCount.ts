/** Words as runs of non-space characters: cheap enough for a 28 MB import. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
