// File sizes as people read them (lesson attachments, refused uploads): binary units, Polish comma.
/** "12 KB", "1,4 MB" — Polish decimal comma. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
