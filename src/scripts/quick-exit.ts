/**
 * "Snel weg": leaves for a neutral site and replaces the current history entry, so the Back button does not
 * lead back to the questionnaire (as GOV.UK's exit-this-page does). Without JavaScript the link still works,
 * only the history entry stays.
 */
class QuickExit extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('a[href]');
    if (!link) return;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      document.body.hidden = true;
      window.location.replace(link.href);
    });
  }
}

if (!customElements.get('quick-exit')) customElements.define('quick-exit', QuickExit);
