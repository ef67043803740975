// Web chat: talks to POST /api/v1/chat, the same conversation as Zalo and Facebook.
(function () {
  'use strict';
  var log = document.getElementById('log');
  var form = document.getElementById('composer');
  var input = document.getElementById('message');
  var send = document.getElementById('send');
  var restart = document.getElementById('restart');
  // Who is chatting: the session cookie the server sets (HttpOnly), sent back by the browser.

  function add(kind, text) {
    var li = document.createElement('li');
    li.className = 'msg ' + kind;
    li.textContent = text;
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
    return li;
  }

  // Long answers: show the start of the reply, not its end; the buttons are a short scroll below.
  function showReply(reply) {
    var first = null;
    (reply.messages || []).forEach(function (m) {
      var li = add('bot', m.text);
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
    if (first) { log.scrollTop = first.offsetTop - 8; }
  }

  // shown: what the citizen's bubble says (the button title or the typed text); null sends silently.
  function ask(body, shown) {
    if (shown) { add('user', shown); }
    send.disabled = true;
    return fetch('/api/v1/chat', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (json) {
        if (!r.ok) { throw new Error(json.detail || 'Lỗi'); }
        showReply(json);
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
    ask({ text: text }, text);
  });
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
