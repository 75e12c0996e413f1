// Saves text as a file the way a page can without any permission: a Blob URL on an <a download>,
// clicked. The URL is let go a minute later, once the browser has surely read it.
export function downloadText(fileName: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "brief-history-2025-05-02.md": the day of the export, so exports sort and never overwrite another day's. */
export const exportFileName = (now: number, extension: 'md' | 'json'): string =>
  `brief-history-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
