"""Write hand-made hard feeds (dialects, namespaces, broken XML, encodings) into a directory.

Usage: python3 scripts/tricky_feeds.py OUT_DIR

These are gleaner's own cases, modelled on the categories other parsers' test suites cover
(RSS without or with odd versions, RSS 0.90 RDF, Atom 0.3 content modes, CDF, namespaced
oddities, broken XML, undeclared or wrong encodings). Compare with feedparser:

    python3 scripts/tricky_feeds.py /tmp/tricky
    python3 scripts/feedparser_reference.py /tmp/tricky > /tmp/tref.jsonl
    cargo run --release --example ingest -- /tmp/tricky > /tmp/tours.jsonl 2> /tmp/tours.err
    python3 scripts/compare_with_feedparser.py /tmp/tref.jsonl /tmp/tours.jsonl /tmp/tours.err
"""
import base64
import os
import sys


def rss_items(*titles, version='version="2.0"', extra_ns=""):
    items = "".join(f"<item><title>{t}</title></item>" for t in titles)
    return f'<?xml version="1.0"?><rss {version}{extra_ns}><channel><title>C</title>{items}</channel></rss>'


def cases():
    c = {}
    for v in ["0.91", "0.92", "0.93", "0.94", "2.0", "2.0 ", "", None, "9.9"]:
        version = "" if v is None else f'version="{v}"'
        c[f"rss_version_{v}.xml"] = rss_items(f"A {v}", "B", version=version)
    c["rss091_netscape_doctype.xml"] = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        '"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel><title>N</title>'
        "<item><title>Caf&eacute; &amp; cr&egrave;me &copy;</title><link>http://a/</link></item></channel></rss>")
    c["rss090_rdf.xml"] = (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>C</title></channel>'
        "<item><title>One</title></item><item><title>Two</title></item></rdf:RDF>")
    c["rss10_prefixed.xml"] = (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:rss="http://purl.org/rss/1.0/"><rss:channel><rss:title>C</rss:title></rss:channel>'
        '<rss:item rdf:about="http://a/1"><rss:title>Prefixed one</rss:title></rss:item></rdf:RDF>')
    c["rss20_userland_ns.xml"] = rss_items("Userland ns", extra_ns=' xmlns="http://backend.userland.com/rss2"')
    c["rss_unknown_default_ns.xml"] = rss_items("Unknown ns", version="", extra_ns='xmlns="http://example.com/unknown"')
    c["rss_uppercase.xml"] = '<?xml version="1.0"?><RSS version="2.0"><CHANNEL><ITEM><TITLE>Upper</TITLE></ITEM></CHANNEL></RSS>'
    c["rss_atom_entry_inside.xml"] = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><item><title>I</title></item>'
        "<atom:entry><atom:title>E</atom:title></atom:entry></channel></rss>")
    c["rss_dc_title_only.xml"] = rss_items().replace("<title>C</title>", '<item><dc:title>DC only</dc:title></item>').replace(
        '<rss version="2.0">', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">')
    c["rss_no_title.xml"] = '<?xml version="1.0"?><rss version="2.0"><channel><item><description>d</description></item></channel></rss>'
    c["rss_item_title_cdata_html.xml"] = rss_items("<![CDATA[<b>Bold</b> &amp; plain]]>")
    c["rss_title_entities_double.xml"] = rss_items("AT&amp;amp;T &amp;lt;3")
    c["rss_image_textinput.xml"] = (
        '<?xml version="1.0"?><rss version="0.91"><channel><title>C</title><image><title>Img</title><url>http://a/i.png</url></image>'
        "<textinput><title>Search</title></textinput><item><title>Real</title></item></channel></rss>")
    c["rss_items_outside_channel.xml"] = '<?xml version="1.0"?><rss version="0.91"><channel><title>C</title></channel><item><title>Outside</title></item></rss>'
    atom03 = '<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#">{}</feed>'
    c["atom03_escaped.xml"] = atom03.format('<entry><title type="text/html" mode="escaped">&lt;b&gt;Esc&lt;/b&gt; title</title></entry>')
    c["atom03_xml_mode.xml"] = atom03.format(
        '<entry><title type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml">XHTML <i>title</i></div></title></entry>')
    b64 = base64.b64encode(b"Base64 title").decode()
    c["atom03_base64.xml"] = atom03.format(f'<entry><title mode="base64">{b64}</title></entry><entry><title>Plain</title></entry>')
    c["atom03_no_ns.xml"] = '<?xml version="1.0"?><feed version="0.3"><entry><title>No ns 0.3</title></entry></feed>'
    atom = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">{}</feed>'
    c["atom10_xhtml_title.xml"] = atom.format(
        '<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">X <b>bold</b> &amp; more</div></title></entry>')
    c["atom10_prefixed.xml"] = (
        '<?xml version="1.0"?><a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry><a:title>Prefixed</a:title>'
        '<a:link href="http://a/1"/></a:entry></a:feed>')
    c["atom10_text_lt.xml"] = atom.format("<entry><title>1 &lt; 2 &amp;&amp; 3 &gt; 2</title></entry>")
    c["atom10_html_title.xml"] = atom.format('<entry><title type="html">&lt;em&gt;HTML&lt;/em&gt; title &amp;amp;</title></entry>')
    c["atom10_source_title.xml"] = atom.format("<entry><source><title>Source feed</title></source><title>Entry title</title></entry>")
    c["atom10_entry_root.xml"] = '<?xml version="1.0"?><entry xmlns="http://www.w3.org/2005/Atom"><title>Lone entry</title></entry>'
    c["cdf.xml"] = (
        '<?xml version="1.0"?><CHANNEL HREF="http://a/"><TITLE>Site</TITLE><ITEM HREF="http://a/1"><TITLE>CDF one</TITLE>'
        '<ABSTRACT>abs</ABSTRACT></ITEM><ITEM HREF="http://a/2"><TITLE>CDF two</TITLE></ITEM></CHANNEL>')
    c["broken_unclosed_item.xml"] = '<?xml version="1.0"?><rss version="2.0"><channel><item><title>One</title><item><title>Two</title></item></channel></rss>'
    c["broken_mismatch.xml"] = rss_items("One <b>b</i>", "Two")
    c["broken_undefined_entity.xml"] = rss_items("Caf&eacute; &hellip; &foo; done")
    c["broken_bare_amp.xml"] = rss_items("Fish & Chips & Co")
    c["broken_no_root_close.xml"] = '<?xml version="1.0"?><rss version="2.0"><channel><item><title>One</title></item><item><title>Two</title></item>'
    c["broken_trailing_garbage.xml"] = rss_items("One") + "\n<!-- generated --> trailing junk <b>"
    c["broken_unquoted_attr.xml"] = (
        '<?xml version="1.0"?><rss version=2.0><channel><item><title>Unquoted</title>'
        "<enclosure url=http://a/e.mp3 type=audio/mpeg /></item></channel></rss>")
    c["broken_raw_lt.xml"] = rss_items("a < b")
    c["broken_control_chars.xml"] = rss_items("Ctrl\x01\x02 chars")
    c["broken_junk_before.xml"] = "Warning: something\n" + rss_items("After junk")
    c["broken_dup_attr.xml"] = '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Dup</title><enclosure url="a" url="b"/></item></channel></rss>'
    c["broken_html_page_with_rss.xml"] = '<html><body><rss version="2.0"><channel><item><title>In HTML</title></item></channel></rss></body></html>'
    c["broken_unbound_prefix.xml"] = rss_items("Unbound</title><dc:creator>x</dc:creator><foo:bar>y</foo:bar><title>")
    c["broken_xmlns_redef.xml"] = '<?xml version="1.0"?><rss version="2.0"><channel><item xmlns="http://purl.org/rss/1.0/"><title>Redef</title></item></channel></rss>'
    return c


ENCODED = [
    ("enc_cp1252_undeclared.xml", "cp1252", None, "\u201cSmart quotes\u201d \u2014 caf\u00e9 cr\u00e8me br\u00fbl\u00e9e na\u00efve r\u00e9sum\u00e9"),
    ("enc_latin1_declared_is_utf8.xml", "utf-8", "iso-8859-1", "Caf\u00e9 cr\u00e8me"),
    ("enc_utf8_declared_is_latin1.xml", "latin-1", "utf-8", "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e"),
    ("enc_euckr_declared.xml", "euc_kr", "euc-kr", "\ud55c\uad6d\uc5b4 \uc81c\ubaa9\uc785\ub2c8\ub2e4"),
    ("enc_gb2312_declared.xml", "gb2312", "gb2312", "\u4e2d\u6587\u6807\u9898\u6d4b\u8bd5"),
    ("enc_koi8r_undeclared.xml", "koi8_r", None, "\u0420\u0443\u0441\u0441\u043a\u0438\u0439 \u0437\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a \u043d\u043e\u0432\u043e\u0441\u0442\u0438"),
    ("enc_sjis_undeclared.xml", "shift_jis", None, "\u65e5\u672c\u8a9e\u306e\u30bf\u30a4\u30c8\u30eb\u3067\u3059\u3002\u65b0\u3057\u3044\u30cb\u30e5\u30fc\u30b9"),
    ("enc_big5_declared.xml", "big5", "big5", "\u4e2d\u6587\u6a19\u984c"),
    ("enc_utf16be_nobom.xml", "utf-16-be", "utf-16", "UTF16 BE \ud55c\uad6d"),
    ("enc_utf16le_bom.xml", "utf-16", "utf-16", "UTF16 LE BOM \ud55c\uad6d"),
    ("enc_utf8_bom.xml", "utf-8-sig", "utf-8", "UTF8 BOM \ud55c\uad6d"),
    ("enc_cp949_undeclared.xml", "cp949", None, "\ub620\ubc29\uac01\ud558 \uace0\uac1d \ubd88\ub9cc \uc811\uc218 \uc548\ub0b4"),
]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, text in cases().items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)
    for name, codec, declared, title in ENCODED:
        decl = f' encoding="{declared}"' if declared else ""
        doc = f'<?xml version="1.0"{decl}?><rss version="2.0"><channel><item><title>{title}</title></item></channel></rss>'
        with open(os.path.join(out, name), "wb") as f:
            f.write(doc.encode(codec))
    print(f"{len(cases()) + len(ENCODED)} feeds written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
