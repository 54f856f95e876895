/**
 * Code paths as researchers write them in CSV files and on the command line:
 * "Collaborative care/Scheduled follow-up". A '/' inside a name is written '\/'
 * (and a backslash '\\').
 */

export function escapeCodeName(name: string): string {
  return name.replace(/\\/g, '\\\\').replace(/\//g, '\\/');
}

export function joinCodePath(names: readonly string[]): string {
  return names.map(escapeCodeName).join('/');
}

export function splitCodePath(pathText: string): string[] {
  const names: string[] = [];
  let current = '';
  for (let i = 0; i < pathText.length; i++) {
    const ch = pathText[i]!;
    if (ch === '\\' && i + 1 < pathText.length) {
      current += pathText[++i]!;
    } else if (ch === '/') {
      names.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  names.push(current.trim());
  return names.filter((n) => n.length > 0);
}
