// Puts the brief on the clipboard as Markdown (text/plain) and rich HTML (text/html) in one go.
// First choice: a one-shot 'copy' listener plus execCommand('copy'), which both Chrome and Firefox
// allow in an extension popup during a click without any clipboard permission. Fallback: the async
// Clipboard API with a two-flavour ClipboardItem.

export interface ClipboardFlavours {
  text: string;
  html: string;
}

function copyWithEvent(doc: Document, { text, html }: ClipboardFlavours): boolean {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.clipboardData.setData('text/html', html);
    event.preventDefault();
    written = true;
  };
  doc.addEventListener('copy', onCopy);
  try {
    return doc.execCommand('copy') && written;
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy);
  }
}

async function copyWithClipboardApi(clipboard: Clipboard | undefined, { text, html }: ClipboardFlavours): Promise<boolean> {
  if (!clipboard) return false;
  try {
    if (typeof ClipboardItem === 'function' && typeof clipboard.write === 'function') {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
    } else {
      await clipboard.writeText(text);
    }
    return true;
  } catch {
    return false;
  }
}

/** Resolves true when the clipboard now holds the brief. */
export async function copyBrief(
  flavours: ClipboardFlavours,
  doc: Document = document,
  clipboard: Clipboard | undefined = globalThis.navigator?.clipboard,
): Promise<boolean> {
  return copyWithEvent(doc, flavours) || copyWithClipboardApi(clipboard, flavours);
}
