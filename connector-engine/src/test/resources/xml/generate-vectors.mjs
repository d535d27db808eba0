// Writes fast-xml-parser-vectors.json: what fast-xml-parser 5.7.2 gives, with the options that
// @stackone/transport 2.35.0 uses, for the XML cases the engine must reproduce.
// Run: npm install fast-xml-parser@5.7.2 && node generate.mjs > fast-xml-parser-vectors.json
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

const numberParseOptions = { leadingZeros: false, hex: false };
const rest = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseAttributeValue: false, removeNSPrefix: false, numberParseOptions });
const soap = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '_', removeNSPrefix: true, numberParseOptions });
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', suppressBooleanAttributes: false });

const documents = [
  '<a>x</a>', '<a> x </a>', '<a></a>', '<a/>', '<a x="1"/>', '<a x=" 1 ">t</a>', '<a x="">t</a>',
  '<r><i>1</i><i>2</i></r>', '<r><i>1</i></r>', '<r><a>1</a><b>2</b><a>3</a></r>',
  '<r><a><b>1</b></a><a><b>2</b><b>3</b></a></r>', '<r><x>1</x><x>a</x><x/></r>', '<r><a x="1"/><a/></r>',
  '<r>pre<b>x</b>post</r>', '<r> a <b/> c </r>', '<r>1<x/>2</r>', '<r><x>1</x>2<x>3</x></r>', '<r>text<a/>more</r>',
  '<r>a<!--c-->b</r>', '<r>1<!--c-->2</r>', '<r><!-- c --><a>1</a></r>',
  '<r><![CDATA[<x>]]></r>', '<r><a>1</a><![CDATA[x]]></r>', '<r>1<![CDATA[2]]></r>', '<r><![CDATA[1]]>2</r>',
  '<r><![CDATA[]]></r>', '<r x="1"><![CDATA[ 5 ]]></r>', '<r><a><![CDATA[ x ]]></a></r>',
  '<r>a &amp; b &lt; c &gt; &quot;d&apos;</r>', '<r>a &amp;amp; b</r>', '<r a="x &amp; y"/>',
  '<r>\n  <a>1</a>\n</r>', '<r>  </r>', '<r>line1\nline2</r>', '<r><e>tab\there</e></r>',
  '<r><a>1</a><b>-2</b><c>1.50</c><d>+3</d><e> 12 </e><f>.5</f><g>1.</g><h>0</h><i>0.0</i><j>-0</j></r>',
  '<r><a>007</a><b>00</b><c>01.5</c><d>0x1F</d><e>0b1</e><f>1_000</f><g>1e3</g><h>-1.5E-3</h><i>0e5</i><j>00e5</j></r>',
  '<r><a>Infinity</a><b>NaN</b><c>1e400</c><d>12345678901234567890</d><e>9007199254740993</e><f>100000000000000000000000</f><g>3.14159</g><h>0.1</h><i>-.5</i><j>5.0e2</j></r>',
  '<r><a>true</a><b>false</b><c>TRUE</c><d> true </d><e>null</e><f>yes</f></r>',
  '<?xml version="1.0"?><r/>', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><r>1</r>',
  '<?xml-stylesheet href="a.xsl" type="text/xsl"?><r/>', '<r><?pi x?><a/></r>', '<r>a<?pi?>b</r>',
  '<s:Envelope xmlns:s="http://x"><s:Body><m:R xmlns:m="u" m:a="v">9</m:R></s:Body></s:Envelope>',
  '<r xmlns="d" xmlns:a="x" a:b="1" c="2"><a:t/></r>', '<r><x:a>1</x:a><y:a>2</y:a></r>', '<r a:x="1" b:x="2"/>',
  '<m:R xmlns:m="u">9</m:R>', '<a:r xmlns:a="x"><a:b a:c="1">2</a:b></a:r>',
  '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>soap:Server</faultcode><faultstring>Invalid user</faultstring><detail><e:Code xmlns:e="urn:e">42</e:Code></detail></soap:Fault></soap:Body></soap:Envelope>',
  '<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:wd="urn:com.workday/bsvc"><env:Body><wd:Get_Workers_Response wd:version="v40.0"><wd:Response_Results><wd:Total_Results>3</wd:Total_Results><wd:Page>1</wd:Page></wd:Response_Results><wd:Response_Data><wd:Worker><wd:Worker_Reference><wd:ID wd:type="WID">abc</wd:ID><wd:ID wd:type="Employee_ID">0021</wd:ID></wd:Worker_Reference></wd:Worker><wd:Worker><wd:Worker_Reference><wd:ID wd:type="WID">def</wd:ID></wd:Worker_Reference></wd:Worker></wd:Response_Data></wd:Get_Workers_Response></env:Body></env:Envelope>',
];

const objects = [
  { a: 'x' }, { a: 1 }, { a: 1.5 }, { a: -2 }, { a: 1.5e21 }, { a: 0 }, { a: true }, { a: false }, { a: null }, { a: '' },
  { a: {} }, { a: [] }, { a: [1, 2] }, { a: [null] }, { a: [{}] }, { a: [[]] }, { a: { b: [[1, 2], 3] } },
  { a: { '@_x': '1' } }, { a: { '@_x': '1', '#text': 't' } }, { a: { '@_x': 1, '@_y': true, '@_z': false, '@_n': null } },
  { a: '<&>"\'' }, { a: { '@_x': '<&>"\'' } }, { a: { b: [{ c: 1 }, { c: 2 }] } }, { '#text': 'top' },
  { a: { '#text': 't', b: 'c' } }, { a: { b: 'c', '#text': 't' } }, { a: 1, b: 2 }, { a: [{ '@_x': '1' }, { '@_x': '2', '#text': 'v' }] },
  { '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, r: 'x' }, { a: { '#text': '' } }, { a: { '#text': 0 } }, { a: { b: {} } }, { a: { '@_x': '' } },
  { a: { c: { '#text': 5, '@_k': 'v' } } }, { a: 'line\nbreak' }, { a: { '@_x': { y: 1 } } }, { a: { '@_x': [1, 2] } },
  { 'soapenv:Envelope': { 'soapenv:Header': [{}], 'soapenv:Body': [{ 'ns:Op': { 'ns:Id': '1' } }], '@_xmlns:soapenv': 'http://schemas.xmlsoap.org/soap/envelope/', '@_xmlns:ns': 'urn:ns' } },
];

const parse = documents.map((xml) => ({ xml, rest: rest.parse(xml), soap: soap.parse(xml) }));
const build = objects.map((json) => ({ json, xml: builder.build(json) }));
console.log(JSON.stringify({ generator: 'fast-xml-parser 5.7.2, options of @stackone/transport 2.35.0', parse, build }, null, 1));
