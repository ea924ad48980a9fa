import { loadSettings, replaceSettings } from '../shared/settings';
import { exportSettings, importSettings } from '../shared/settings-file';
import { message } from '../shared/ui-strings';

/**
 * Export writes every setting to a JSON file (a Blob URL downloaded by the browser: nothing leaves
 * the device); Import reads one back. A file with any fault is refused with what is wrong, and the
 * settings stay exactly as they were (nothing is written until the whole file has passed).
 */
export function setUpFile(): void {
  const status = document.getElementById('file-status')!;
  const say = (text: string, isError: boolean): void => {
    status.textContent = text;
    status.classList.toggle('error', isError);
    status.setAttribute('role', isError ? 'alert' : 'status');
  };
  document.getElementById('export')!.addEventListener('click', () => {
    void loadSettings().then((settings) => {
      const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `tidy-news-settings-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      // The download has its own copy once it starts; the URL is not needed after that.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  });
  const input = document.getElementById('import-file') as HTMLInputElement;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void file
      .text()
      .then(async (text) => {
        const result = importSettings(text);
        if (!result.ok) return say(message(result.error.key, result.error.substitutions), true);
        await replaceSettings(result.settings);
        say(message('options_import_done'), false);
      })
      .catch(() => say(message('import_error_read'), true))
      .finally(() => {
        // The same file chosen again (after fixing it) fires `change` again.
        input.value = '';
      });
  });
}
