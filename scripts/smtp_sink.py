#!/usr/bin/env python3
"""A minimal SMTP sink for scripts/bench.sh: accepts every message on 127.0.0.1:PORT,
keeps nothing, and writes "<count> <unix time of the last accepted message>" to
STATUS_FILE after each one. Standard library only (no STARTTLS, no AUTH).

    smtp_sink.py PORT STATUS_FILE
"""
import asyncio
import os
import sys
import time

count = 0


async def handle(reader, writer):
    global count
    writer.write(b"220 bench-sink ESMTP\r\n")
    await writer.drain()
    in_data = False
    while True:
        line = await reader.readline()
        if not line:
            break
        if in_data:
            if line == b".\r\n":
                in_data = False
                count += 1
                with open(sys.argv[2] + ".tmp", "w") as f:
                    f.write(f"{count} {time.time():.3f}\n")
                os.replace(sys.argv[2] + ".tmp", sys.argv[2])
                writer.write(b"250 2.0.0 accepted\r\n")
                await writer.drain()
            continue
        verb = line[:4].upper()
        if verb in (b"EHLO", b"HELO"):
            writer.write(b"250-bench-sink\r\n250 8BITMIME\r\n")
        elif verb == b"DATA":
            in_data = True
            writer.write(b"354 go ahead\r\n")
        elif verb == b"QUIT":
            writer.write(b"221 bye\r\n")
            await writer.drain()
            break
        else:  # MAIL, RCPT, RSET, NOOP
            writer.write(b"250 ok\r\n")
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", int(sys.argv[1]))
    async with server:
        await server.serve_forever()


asyncio.run(main())
