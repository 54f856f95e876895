/**
 * Clock times as transcripts and subtitles write them, to milliseconds:
 * "1:02:03", "01:02:03.450", "00:01:02,450" (SRT), "4:06", and bare seconds "3.480"
 * (some WebVTT exporters write those, though the standard does not allow them).
 */
export function parseTimestamp(raw: string): number | undefined {
  const m = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/.exec(raw) ?? null;
  if (m) {
    const hours = m[1] ? Number(m[1]) : 0;
    const minutes = Number(m[2]);
    const seconds = Number(m[3]);
    if (seconds >= 60 || (m[1] !== undefined && minutes >= 60)) return undefined;
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction(m[4]);
  }
  const s = /^(\d{1,6})(?:[.,](\d{1,3}))?$/.exec(raw);
  if (s) return Number(s[1]) * 1000 + fraction(s[2]);
  return undefined;
}

/** "4" -> 400 ms, "45" -> 450 ms, "450" -> 450 ms. */
function fraction(digits: string | undefined): number {
  return digits ? Number(digits.padEnd(3, '0')) : 0;
}
