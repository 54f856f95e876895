/** "Pilot study.qdpx" → "Pilot study.coherence", for the new project's file. */
export function projectFileName(fileName: string): string {
  return `${fileName.replace(/\.(qdpx|qde|zip)$/i, '') || 'Imported project'}.coherence`;
}
