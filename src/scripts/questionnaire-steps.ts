/**
 * Progressive enhancement of the questionnaire form: with JavaScript one step (fieldset) is shown at a time
 * with Back and Next buttons, focus moves to the new step's heading so screen readers announce it, and a
 * random retry key is added so a resubmitted form counts once. Without JavaScript every step is visible
 * on one page and the form posts as it is.
 */
class QuestionnaireSteps extends HTMLElement {
  private steps: HTMLFieldSetElement[] = [];
  private current = 0;

  connectedCallback() {
    const form = this.querySelector('form');
    this.steps = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-step]')];
    if (!form || this.steps.length < 2) return;
    const key = form.querySelector<HTMLInputElement>('input[name="sleutel"]');
    if (key && !key.value) key.value = crypto.randomUUID();
    // Start at the first step with an error (after a server-side check), otherwise at the first step.
    const withError = this.steps.findIndex((step) => step.querySelector('[aria-invalid="true"]'));
    this.current = withError >= 0 ? withError : 0;
    this.steps.forEach((step, index) => {
      const nav = document.createElement('div');
      nav.className = 'ltw-step-nav';
      if (index > 0) nav.append(this.button('Vorige', 'utrecht-button--secondary-action', () => this.show(index - 1)));
      if (index < this.steps.length - 1) nav.append(this.button('Volgende', 'utrecht-button--primary-action', () => this.show(index + 1)));
      step.append(nav);
    });
    this.classList.add('is-stepped');
    this.show(this.current, withError >= 0);
  }

  private button(label: string, variant: string, onClick: () => void): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `utrecht-button ${variant}`;
    button.textContent = label;
    button.addEventListener('click', onClick);
    return button;
  }

  private show(index: number, moveFocus = true) {
    this.current = index;
    this.steps.forEach((step, i) => (step.hidden = i !== index));
    const submit = this.querySelector<HTMLElement>('.ltw-submit');
    if (submit) submit.hidden = index !== this.steps.length - 1;
    if (moveFocus) this.steps[index]?.querySelector<HTMLElement>('.ltw-step-title')?.focus();
  }
}

if (!customElements.get('questionnaire-steps')) customElements.define('questionnaire-steps', QuestionnaireSteps);
