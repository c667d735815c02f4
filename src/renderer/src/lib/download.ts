/**
 * Offers text as a file download: a Blob URL and an <a download>, clicked once. The URL is
 * revoked after the browser has taken it, so nothing stays in memory.
 */
export function offerDownload(filename: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
