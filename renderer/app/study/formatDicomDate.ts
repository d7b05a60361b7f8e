/** A DICOM date (YYYYMMDD) in the language's date pattern (sheet.format.date); other text as it is (partial or odd dates). */
export function formatDicomDate(date: string, t: (key: string, params: Record<string, string>) => string): string {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(date.trim());
  if (!match) return date;
  const [year, month, day] = [match[1]!, match[2]!, match[3]!];
  // The patterns use zero-padded {month}/{day} (ISO, English) or plain {monthNumber}/{dayNumber} (Finnish, Swedish).
  return t('sheet.format.date', { year, month, day, monthNumber: String(Number(month)), dayNumber: String(Number(day)) });
}
