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

// Times come as <time datetime="instant"> showing the minute in UTC: show them in the viewer's own time zone.
(function () {
  var local = new Intl.DateTimeFormat(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
  });
  function localise(root) {
    root.querySelectorAll('time[datetime]').forEach(function (time) {
      var at = new Date(time.getAttribute('datetime'));
      if (!isNaN(at)) {
        time.textContent = local.format(at);
      }
    });
  }
  localise(document);
  // pages and fragments htmx swaps in later
  document.addEventListener('htmx:afterSwap', function (event) {
    localise(event.target);
  });
}());
