// Progressive enhancement only: every page works without this file.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (!button) {
    return;
  }
  var source = document.getElementById(button.getAttribute('data-copy'));
  var status = document.getElementById('copy-status');
  navigator.clipboard.writeText(source.textContent.trim()).then(function () {
    status.textContent = 'Copied to the clipboard.';
  }, function () {
    status.textContent = 'Copying failed: select the key and copy it by hand.';
  });
});
