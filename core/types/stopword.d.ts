/** The stopword package ships no types: the part Coherence uses. */
declare module 'stopword' {
  export function removeStopwords(tokens: string[], stopwords?: string[]): string[];
  const lists: Record<string, string[]>;
  export const eng: string[];
  export const deu: string[];
  export const fra: string[];
  export const spa: string[];
  export const nld: string[];
  export const ita: string[];
  export const por: string[];
  export const heb: string[];
  export const zho: string[];
  export default lists;
}
