import { expect, test } from './fixtures';

// Serve mode runs from an installation as it is: Settings says updates come with the desktop app,
// offers no button, and the status bar stays quiet. (The desktop app's update states are covered
// in Node by test/updates, over electron-updater and a loopback release feed.)
test('in a browser, Settings says updates are the desktop app’s job and the status bar has no update line', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: /Settings/ }).click();
  const section = page.getByRole('region', { name: 'Updates' });
  await expect(section).toContainText('Updates are handled by the desktop app');
  await expect(section.getByRole('button')).toHaveCount(0);
  await expect(page.getByTestId('update-line')).toHaveCount(0);
});
