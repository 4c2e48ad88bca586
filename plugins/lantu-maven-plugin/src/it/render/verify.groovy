import java.util.zip.ZipFile

def html = new File(basedir, 'target/lantu/park.html')
assert html.isFile()
def text = html.getText('UTF-8')
assert text.contains('<h1>示例园区发展规划（2021—2025年）</h1>')
assert text.contains('未发现不一致。')
assert new File(basedir, 'target/lantu/park.xlsx').length() > 0
// the official document: a Word package whose body holds the plan's title
def docx = new ZipFile(new File(basedir, 'target/lantu/park.docx'))
def body = docx.getInputStream(docx.getEntry('word/document.xml')).getText('UTF-8')
assert body.contains('示例园区发展规划（2021—2025年）')
docx.close()
return true
