// The Chromium the tests drive is the one the sheet export and the CLI use: one finder, in main.
export * from '../../electron/main/export/chromium';
