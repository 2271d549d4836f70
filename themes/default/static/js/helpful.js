// "Was this article helpful?": with JavaScript the answer is posted in the background and the
// buttons give way to a thank-you; without it the form posts to the endpoint as a normal form.
(function () {
  'use strict';
  var form = document.querySelector('.helpful__form');
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  form.addEventListener('submit', function (event) {
    var button = event.submitter || form.querySelector('button[value]');
    var data = new FormData(form);
    data.set('helpful', button ? button.value : '');
    event.preventDefault();
    fetch(form.action, { method: 'POST', body: data, mode: 'no-cors' }).catch(function () { /* the thanks is shown anyway */ });
    form.hidden = true;
    var thanks = form.parentNode.querySelector('.helpful__thanks');
    if (thanks) {
      thanks.hidden = false;
      thanks.focus && thanks.setAttribute('tabindex', '-1');
      thanks.focus();
    }
  });
})();
