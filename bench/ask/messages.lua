-- wrk script: POST /api/v1/ask with varied Vietnamese messages (short, no diacritics, teencode, a story, off-topic),
-- written for the benchmark (not from the labelled sets). The bare endpoint ignores the body.
local messages = {
  "có người gọi xưng là công an bắt tôi chuyển tiền vào tài khoản tạm giữ",
  "mk fb bị lộ r lm sao",
  "lam sao biet trang web lua dao",
  "ai hỏi mã otp thì có nên đưa ko",
  "Mẹ tôi nhận cuộc gọi video của con trai xin tiền gấp, mặt giống nhưng hình mờ và nói ngắn rồi tắt, có phải lừa không ạ?",
  "wifi quán cà phê có an toàn để chuyển khoản không",
  "Thời tiết Lạng Sơn ngày mai có mưa không?",
  "tuyen cong tac vien chot don online, nap tien truoc moi nhan hoa hong, co that khong",
  "Tôi bán hàng online, hôm qua có khách đặt đơn rồi gửi mã QR bảo quét để nhận tiền hoàn, tôi quét xong thì tài khoản bị trừ 5 triệu. Giờ tôi phải làm gì để lấy lại tiền và báo cho ai?",
  "luat an ninh mang 2025 co hieu luc tu khi nao",
  "con tôi bị người lạ nhắn tin đòi ảnh",
  "sdt la goi toi bao trung thuong",
}
local bodies = {}
for i, m in ipairs(messages) do
  bodies[i] = '{"text":"' .. m .. '"}'
end
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, bodies[(n % #bodies) + 1])
end
