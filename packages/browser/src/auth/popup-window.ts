/** Default popup size. */
export const DEFAULT_POPUP = { width: 500, height: 600 };

/** Window features that center a popup of the given size over the current window. */
export function popupFeatures(size: { width?: number; height?: number } = {}): string {
  const width = size.width ?? DEFAULT_POPUP.width;
  const height = size.height ?? DEFAULT_POPUP.height;
  const left = Math.max(0, Math.round(window.screenX + (window.outerWidth - width) / 2));
  const top = Math.max(0, Math.round(window.screenY + (window.outerHeight - height) / 2));
  return `popup=yes,width=${width},height=${height},left=${left},top=${top}`;
}
