// Make the visible sidebar buttons work. pydata-sphinx-theme and sphinx-book-theme each wire only
// the FIRST ".primary-toggle" / ".secondary-toggle" in the page, which is pydata's navbar button
// that sphinx-book-theme hides; the visible header buttons were left doing nothing, so on a phone
// the navigation could not be opened at all. Forward their clicks to the wired button.
document.addEventListener("DOMContentLoaded", () => {
  for (const kind of ["primary", "secondary"]) {
    const [wired, ...others] = document.querySelectorAll(`.${kind}-toggle`);
    for (const button of others) {
      button.addEventListener("click", (event) => {
        event.preventDefault();
        event.stopPropagation();
        wired.click();
      });
    }
  }
});
