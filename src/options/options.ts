import { CATEGORY_IDS } from '../core/categories/registry';
import { categoryName } from '../shared/ui-strings';
import { loadSettings, saveSettings } from '../shared/settings';

/** Category switches for every site, and the list of sites switched off. Text goes in as text. */
async function render(): Promise<void> {
  const settings = await loadSettings();
  const categories = document.getElementById('categories')!;
  categories.replaceChildren(
    ...CATEGORY_IDS.map((id) => {
      const li = document.createElement('li');
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.checked = !settings.disabledCategories.includes(id);
      const onChange = async (): Promise<void> => {
        const off = new Set((await loadSettings()).disabledCategories);
        if (input.checked) off.delete(id);
        else off.add(id);
        await saveSettings({ disabledCategories: [...off] });
      };
      input.addEventListener('change', () => void onChange());
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
      const onClick = async (): Promise<void> => {
        await saveSettings({ disabledSites: (await loadSettings()).disabledSites.filter((s) => s !== site) });
        await render();
      };
      button.addEventListener('click', () => void onClick());
      li.append(document.createTextNode(site), button);
      return li;
    }),
  );
}

void render();
