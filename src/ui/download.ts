/** Offers a JSON document as a file download. */
export function downloadJson(value: unknown, filename: string): void {
  downloadText(JSON.stringify(value, null, 1), filename, 'application/json');
}

/** Offers text as a file download. */
export function downloadText(text: string, filename: string, type: string): void {
  const blob = new Blob([text], { type });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.click();
  URL.revokeObjectURL(a.href);
}
