// Keep the browser console for real problems. pydata-sphinx-theme and sphinx-togglebutton log
// progress notes ("[PST]: Changed to auto mode", "[togglebutton]: Adding toggle buttons") on
// every page load; a student or instructor opening the console should see nothing unless
// something is wrong, and the site tests count every message. Only log/info/debug lines that
// carry those two prefixes are dropped; warnings and errors always pass.
(() => {
  const chatter = /^\[(PST|togglebutton)\]:/;
  for (const level of ["log", "info", "debug"]) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      if (typeof args[0] === "string" && chatter.test(args[0])) return;
      original(...args);
    };
  }
})();
