/** Offers a JSON document as a file download. */
export function downloadJson(value: unknown, filename: string): void {
  downloadText(JSON.stringify(value, null, 1), filename, 'application/json');
}

/** Offers text as a file download. */
export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename);
}

/** Offers bytes (a zip) as a file download. */
export function downloadBytes(bytes: Uint8Array, filename: string, type: string): void {
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), filename);
}

function downloadBlob(blob: Blob, filename: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.click();
  URL.revokeObjectURL(a.href);
}
