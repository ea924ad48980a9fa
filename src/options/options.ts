import { CATEGORY_IDS } from '../core/categories/registry';
import { categoryName, message } from '../shared/ui-strings';
import { loadSettings, onSettingsChanged, resetSettings, updateSettings, type Settings } from '../shared/settings';

/**
 * Category switches for every site, and the list of sites switched off. Text goes in as text.
 * Every write goes through the settings queue; the page re-renders from storage whenever the
 * settings change (here, in the popup, or by "Reset settings").
 */
function render(settings: Settings): void {
  const categories = document.getElementById('categories')!;
  categories.replaceChildren(
    ...CATEGORY_IDS.map((id) => {
      const li = document.createElement('li');
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.checked = !settings.disabledCategories.includes(id);
      input.addEventListener('change', () => {
        const on = input.checked;
        void updateSettings((s) => ({
          ...s,
          disabledCategories: on ? s.disabledCategories.filter((c) => c !== id) : [...s.disabledCategories, id],
        }));
      });
      label.append(input, document.createTextNode(` ${categoryName(id)}`));
      li.append(label);
      return li;
    }),
  );
  const sites = document.getElementById('sites')!;
  document.getElementById('no-sites')!.hidden = settings.disabledSites.length > 0;
  sites.replaceChildren(
    ...settings.disabledSites.map((site) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.textContent = 'Turn back on';
      button.addEventListener('click', () => {
        void updateSettings((s) => ({ ...s, disabledSites: s.disabledSites.filter((x) => x !== site) }));
      });
      li.append(document.createTextNode(site), button);
      return li;
    }),
  );
}

function setUpReset(): void {
  const button = document.getElementById('reset');
  if (!button) return;
  button.textContent = message('options_reset');
  button.title = message('options_reset_hint');
  button.addEventListener('click', () => void resetSettings());
}

async function main(): Promise<void> {
  setUpReset();
  onSettingsChanged(render);
  render(await loadSettings());
}

void main();
