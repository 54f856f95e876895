/**
 * Colours for new codes: distinct from each other and light enough that black text stays
 * readable when they are used as highlights.
 */
export const codePalette = [
  '#f6c85f', '#6fb3e0', '#9bd770', '#f08c8c', '#c39be3', '#7fd6c2', '#f5a65b', '#e59cc8',
  '#b5c96b', '#8fa8f0', '#e8d36a', '#80c7e8', '#d6a2e8', '#a3d9a5', '#f2b28a', '#9ec1cf',
] as const;

export function nextCodeColour(existingCount: number): string {
  return codePalette[existingCount % codePalette.length]!;
}
