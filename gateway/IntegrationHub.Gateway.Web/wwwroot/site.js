// Script only improves the pages; every flow works without it (API.md "Web pages").
// 1. Uploads: the same limits the server enforces are checked before sending (the server stays the judge), and a
//    progress bar shows the upload. 2. ID5: a warning before the 60-minute idle logout, with a way to stay logged in.
(function () {
  'use strict';

  var allowed = ['pdf', 'jpg', 'jpeg', 'png', 'gif'];

  function showFileError(input, message) {
    var error = document.getElementById('filer-fel');
    if (!error) { return; }
    error.textContent = message;
    error.hidden = !message;
    input.setAttribute('aria-invalid', message ? 'true' : 'false');
    if (message) { input.focus(); }
  }

  function checkFiles(input) {
    var max = parseInt(input.getAttribute('data-max-files') || '5', 10);
    var maxBytes = parseInt(input.getAttribute('data-max-bytes') || '20971520', 10);
    var files = Array.prototype.slice.call(input.files || []);
    if (files.length > max) {
      return 'Du har valt för många filer. Du kan bifoga högst ' + max + ' filer.';
    }
    for (var i = 0; i < files.length; i++) {
      var name = files[i].name || '';
      var extension = name.indexOf('.') >= 0 ? name.split('.').pop().toLowerCase() : '';
      if (allowed.indexOf(extension) < 0) {
        return 'Filen ' + name + ' är inte av en tillåten typ. Du kan bifoga PDF, JPEG, PNG och GIF.';
      }
      if (files[i].size > maxBytes) {
        return 'Filen ' + name + ' är för stor. Varje fil får vara högst 20 MB.';
      }
    }
    return '';
  }

  function bindUploads(root) {
    Array.prototype.forEach.call(root.querySelectorAll('form[data-upload]'), function (form) {
      form.addEventListener('submit', function (event) {
        var input = form.querySelector('input[type=file]');
        if (input) {
          var problem = checkFiles(input);
          showFileError(input, problem);
          if (problem) { event.preventDefault(); return; }
        }
        if (!window.FormData || !window.XMLHttpRequest) { return; }
        event.preventDefault();
        var action = (event.submitter && event.submitter.getAttribute('formaction')) || form.getAttribute('action');
        var request = new XMLHttpRequest();
        var box = form.querySelector('.progress');
        var bar = box ? box.querySelector('progress') : null;
        Array.prototype.forEach.call(form.querySelectorAll('button'), function (b) { b.disabled = true; });
        if (box && input && input.files && input.files.length > 0) { box.hidden = false; }
        request.upload.addEventListener('progress', function (e) {
          if (bar && e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
        });
        request.addEventListener('load', function () {
          var target = new URL(request.responseURL || action, window.location.href);
          var sent = new URL(action, window.location.href);
          if (target.pathname !== sent.pathname || target.search !== sent.search) {
            window.location.assign(target.href);
            return;
          }
          var page = new DOMParser().parseFromString(request.responseText, 'text/html');
          var fresh = page.querySelector('main');
          var current = document.querySelector('main');
          if (fresh && current) {
            current.replaceWith(fresh);
            bindUploads(fresh);
            var first = fresh.querySelector('[role=alert], .error:not([hidden])');
            (first || fresh).setAttribute('tabindex', '-1');
            (first || fresh).focus();
          } else {
            window.location.reload();
          }
        });
        request.addEventListener('error', function () { form.submit(); });
        request.open('POST', action);
        request.send(new FormData(form));
      });
    });
  }

  function idleWarning() {
    if (document.body.getAttribute('data-signed-in') !== 'true') { return; }
    var dialog = document.getElementById('idle-warning');
    var stay = document.getElementById('idle-stay');
    if (!dialog || !stay || typeof dialog.showModal !== 'function') { return; }
    var warnAfter = parseInt(document.body.getAttribute('data-warn-minutes') || '55', 10) * 60000;
    var logoutAfter = parseInt(document.body.getAttribute('data-idle-minutes') || '60', 10) * 60000;
    var timers = [];
    function arm() {
      timers.forEach(clearTimeout);
      timers = [
        setTimeout(function () { dialog.showModal(); stay.focus(); }, warnAfter),
        setTimeout(function () { window.location.assign('/?meddelande=idle'); }, logoutAfter)
      ];
    }
    stay.addEventListener('click', function () {
      fetch(document.body.getAttribute('data-keepalive'), { credentials: 'same-origin' }).then(function (answer) {
        dialog.close();
        if (answer.status === 401) { window.location.assign('/?meddelande=idle'); return; }
        arm();
      });
    });
    arm();
  }

  document.addEventListener('DOMContentLoaded', function () {
    bindUploads(document);
    idleWarning();
  });
}());
