/** Saves a file made in the page (an export, a backup) through the browser's download. */
export function downloadFile(
  file: { fileName: string; mimeType: string; text: string },
  doc = document,
): void {
  const url = URL.createObjectURL(
    new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }),
  );
  const link = Object.assign(doc.createElement('a'), { href: url, download: file.fileName });
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
