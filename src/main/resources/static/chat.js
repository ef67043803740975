// Web chat: talks to POST /api/v1/chat, the same conversation as Zalo and Facebook.
(function () {
  'use strict';
  var log = document.getElementById('log');
  var form = document.getElementById('composer');
  var input = document.getElementById('message');
  var send = document.getElementById('send');
  var restart = document.getElementById('restart');
  // Who is chatting: the session cookie the server sets (HttpOnly), sent back by the browser.

  // Only http(s) addresses become links; everything else stays text (textContent: never parsed as HTML).
  var LINK = /https?:\/\/[^\s<>"']+/g;

  function linked(parent, text) {
    var at = 0;
    text.replace(LINK, function (found, index) {
      var url = found.replace(/[.,;:!?)\]]+$/, ''); // "xem https://x.vn/a." ends before the full stop
      parent.appendChild(document.createTextNode(text.slice(at, index)));
      var a = document.createElement('a');
      var safe = null;
      try { safe = new URL(url); } catch (e) { safe = null; }
      if (safe && (safe.protocol === 'https:' || safe.protocol === 'http:')) {
        a.href = safe.href; a.target = '_blank'; a.rel = 'noopener noreferrer'; a.textContent = url;
        parent.appendChild(a);
      } else {
        parent.appendChild(document.createTextNode(url));
      }
      at = index + url.length;
      return found;
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function add(kind, text) {
    var li = document.createElement('li');
    li.className = 'msg ' + kind;
    if (kind === 'bot') { linked(li, text); } else { li.textContent = text; }
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
    return li;
  }

  // The box fits what is typed (a long story grows it, up to the CSS cap of 40% of the screen); empty, it
  // fits the whole placeholder. Rows, not inline styles: the page's CSP allows no style attributes.
  var MAX_ROWS = 40;
  function fit() {
    var empty = !input.value;
    if (empty) { input.value = input.placeholder; }
    input.rows = 1;
    while (input.scrollHeight > input.clientHeight && input.rows < MAX_ROWS) { input.rows += 1; }
    if (empty) { input.value = ''; input.scrollTop = 0; }
  }

  // Long answers: show the start of the reply, not its end, with the citizen's own message still in sight
  // above it; the buttons are a short scroll below. The web shows every button, so a numbered list that
  // only repeats them (compactText leaves it out) is not shown twice.
  function showReply(reply, asked) {
    var first = null;
    (reply.messages || []).forEach(function (m) {
      var li = add('bot', m.compactText || m.text);
      first = first || li;
      var buttons = m.buttons || [];
      if (buttons.length || m.link) {
        var box = document.createElement('div');
        box.className = 'buttons';
        buttons.forEach(function (b) {
          var btn = document.createElement('button');
          btn.type = 'button';
          btn.textContent = b.title;
          btn.addEventListener('click', function () { ask({ payload: b.payload }, b.title); });
          box.appendChild(btn);
        });
        if (m.link) {
          var a = document.createElement('a');
          a.href = m.link.url; a.textContent = m.link.title; a.target = '_blank'; a.rel = 'noopener';
          box.appendChild(a);
        }
        li.appendChild(box);
      }
    });
    var top = asked || first;
    if (top) { log.scrollTop = top.offsetTop - 8; }
  }

  // shown: what the citizen's bubble says (the button title or the typed text); null sends silently.
  function ask(body, shown) {
    var asked = shown ? add('user', shown) : null;
    send.disabled = true;
    return fetch('/api/v1/chat', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (json) {
        if (!r.ok) { throw new Error(json.detail || 'Lỗi'); }
        showReply(json, asked);
      });
    }).catch(function () {
      add('bot error', 'Xin lỗi, hiện chưa gửi được tin nhắn. Bạn thử lại sau ít phút nhé.');
    }).finally(function () {
      send.disabled = false;
      input.focus();
    });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = '';
    fit();
    ask({ text: text }, text);
  });
  input.addEventListener('input', fit);
  window.addEventListener('resize', fit);
  fit();
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
  });
  // A shared phone: the next person starts as somebody new, and the previous person's unsent report
  // draft is deleted rather than offered to them.
  restart.addEventListener('click', function () {
    if (!window.confirm('Xóa cuộc trò chuyện và bản trình báo chưa gửi trên máy này, rồi bắt đầu lại?')) { return; }
    log.textContent = '';
    input.value = '';
    // The server deletes the unsent draft and sets a new session cookie; the menu then comes as to a newcomer.
    fetch('/api/v1/chat/restart', { method: 'POST' })
      .catch(function () { /* an unsent draft left behind is deleted after a few days anyway */ })
      .then(function () { ask({ payload: 'menu' }, null); });
  });
  // The welcome and the menu come from the conversation itself, the same as on Zalo and Facebook.
  ask({ payload: 'menu' }, null);
})();
