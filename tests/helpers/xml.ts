import sax from 'sax';

/** One element of a parsed XML document. */
export interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	/** The element's own text, entities decoded (the text of its children not included). */
	text: string;
}

/**
 * Parses XML with sax in strict mode, an XML parser independent of the code that wrote it:
 * a document that is not well-formed (an unclosed or mismatched tag, an unknown entity, text
 * outside the root, two roots) throws with sax's line and column.
 */
export function parseXml(xml: string): XmlElement {
	// strictEntities: only XML's five entities; an HTML one (&nbsp;) is an error, as in any XML reader.
	const options: sax.SAXOptions & { strictEntities: boolean } = { xmlns: false, trim: false, strictEntities: true };
	const parser = sax.parser(true, options);
	const stack: XmlElement[] = [];
	let root: XmlElement | undefined;
	parser.onerror = (error) => {
		throw error;
	};
	parser.onopentag = (tag) => {
		const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
		const parent = stack.at(-1);
		if (parent) parent.children.push(element);
		else if (root) throw new Error(`a second root element <${tag.name}>`);
		else root = element;
		stack.push(element);
	};
	parser.onclosetag = () => void stack.pop();
	parser.ontext = (text) => {
		const current = stack.at(-1);
		if (current) current.text += text;
		else if (text.trim()) throw new Error(`text outside the root element: ${JSON.stringify(text.trim())}`);
	};
	parser.oncdata = (text) => {
		const current = stack.at(-1);
		if (current) current.text += text;
	};
	parser.write(xml).close();
	if (!root) throw new Error('no root element');
	return root;
}

/** The children of `element` named `name`. */
export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((child) => child.name === name);

/** The text of the one child named `name`, or undefined when there is none or more than one. */
export function childText(element: XmlElement, name: string): string | undefined {
	const found = childrenNamed(element, name);
	return found.length === 1 ? found[0]?.text : undefined;
}
