package org.lantu.plan.ide.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.lantu.plan.api.PlainText;

/**
 * The client's stream, one LSP message at a time: each is read whole (its header, then exactly
 * Content-Length bytes of body) and checked before the JSON-RPC reader sees it. A stream that
 * breaks the framing — no Content-Length, a length that is not a number or is beyond
 * {@link #MAX_BODY}, a header without end — cannot be resynchronised: it is ended there, with the
 * reason in {@link #failure()}, so the server stops with a log line instead of waiting deaf.
 */
public final class FramedInput extends InputStream {

	/** The largest message body read (a 64 MB plan, escaped as JSON, is well below it). */
	public static final int MAX_BODY = 512 << 20;
	private static final int MAX_HEADER = 8 << 10;

	private final InputStream in;
	private byte[] message = new byte[0];
	private int at;
	private boolean ended;
	private volatile String failure;

	public FramedInput(InputStream in) {
		this.in = in;
	}

	/** Why the stream was ended, or null if the client closed it (or it is still open). */
	public String failure() {
		return failure;
	}

	@Override
	public int read() throws IOException {
		if (!fill()) {
			return -1;
		}
		return message[at++] & 0xFF;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		if (!fill()) {
			return -1;
		}
		int n = Math.min(len, message.length - at);
		System.arraycopy(message, at, b, off, n);
		at += n;
		return n;
	}

	@Override
	public int available() {
		return message.length - at;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** Whether there are bytes to hand out, reading the next message if needed. */
	private boolean fill() throws IOException {
		if (at < message.length) {
			return true;
		}
		if (ended) {
			return false;
		}
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		int c;
		while ((c = in.read()) >= 0) {
			header.write(c);
			byte[] h = header.toByteArray();
			int n = h.length;
			if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
				break;
			}
			if (n > MAX_HEADER) {
				return end("a message header runs past " + MAX_HEADER + " bytes without its blank line");
			}
		}
		if (c < 0) {
			if (header.size() > 0 && !header.toString(StandardCharsets.US_ASCII).isBlank()) {
				return end("the stream ended inside a message header");
			}
			ended = true;
			return false; // the client closed the stream between messages
		}
		int length = -1;
		for (String line : header.toString(StandardCharsets.US_ASCII).split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
				try {
					length = Integer.parseInt(line.substring(colon + 1).trim());
				} catch (NumberFormatException e) {
					return end("Content-Length is not a number: " + PlainText.visible(line));
				}
			}
		}
		if (length < 0) {
			return end("a message header has no Content-Length");
		}
		if (length > MAX_BODY) {
			return end("a message of " + length + " bytes is larger than the " + (MAX_BODY >> 20) + " MB the server reads");
		}
		byte[] body = in.readNBytes(length);
		if (body.length < length) {
			return end("the stream ended inside a message (" + body.length + " of " + length + " bytes)");
		}
		byte[] h = header.toByteArray();
		message = new byte[h.length + body.length];
		System.arraycopy(h, 0, message, 0, h.length);
		System.arraycopy(body, 0, message, h.length, body.length);
		at = 0;
		return true;
	}

	private boolean end(String why) {
		failure = why;
		ended = true;
		message = new byte[0];
		at = 0;
		return false;
	}
}
