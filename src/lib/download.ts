/** Offers a text as a file download, made in the browser (nothing is sent anywhere). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by now; the object URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
