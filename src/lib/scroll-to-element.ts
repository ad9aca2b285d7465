/**
 * Scrolls to an element of the page by its id. Blocks off the screen skip their layout until they
 * near the viewport (`render-when-visible` in index.css), so their heights are estimates until
 * then; the page first lays them all out, so that the jump lands where the element really is.
 */
export function scrollToElement(id: string): void {
  document.documentElement.dataset.renderAll = 'true';
  document.getElementById(id)?.scrollIntoView();
}
