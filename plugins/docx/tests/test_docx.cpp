#include "test_docx.hpp"

#include <zip.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace protokol::docx::test {
namespace {

constexpr const char* ns =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

std::string read_source(zip_source_t* source) {
  if (zip_source_open(source) != 0) throw std::runtime_error("zip_source_open");
  zip_source_seek(source, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(source);
  zip_source_seek(source, 0, SEEK_SET);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  if (zip_source_read(source, bytes.data(), bytes.size()) != size)
    throw std::runtime_error("zip_source_read");
  zip_source_close(source);
  return bytes;
}

}  // namespace

std::string make_zip(const std::vector<part>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);  // outlives the archive: the bytes are read from it after
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("zip_open_from_source");
  for (const auto& [name, data] : parts) {
    zip_source_t* entry = zip_source_buffer(archive, data.data(), data.size(), 0);
    if (entry == nullptr || zip_file_add(archive, name.c_str(), entry, ZIP_FL_ENC_UTF_8) < 0)
      throw std::runtime_error("zip_file_add " + name);
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_close");
  std::string bytes = read_source(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

std::string document_xml(const std::string& body) {
  return std::string(
             "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document ") +
         ns + "><w:body>" + body + "</w:body></w:document>";
}

std::string styles_xml(const std::string& styles) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles ") + ns + ">" + styles +
         "</w:styles>";
}

std::string numbering_xml(const std::string& lists) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering ") + ns + ">" + lists +
         "</w:numbering>";
}

std::string make_docx(const std::string& body, const std::string& styles,
                      const std::string& numbering) {
  std::vector<part> parts = {{"[Content_Types].xml", "<Types/>"},
                             {"word/document.xml", document_xml(body)}};
  if (!styles.empty()) parts.emplace_back("word/styles.xml", styles_xml(styles));
  if (!numbering.empty()) parts.emplace_back("word/numbering.xml", numbering_xml(numbering));
  return make_zip(parts);
}

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(PROTOKOL_FIXTURES_DIR) + "/" + name, std::ios::binary);
  if (!in) throw std::runtime_error("no fixture " + name);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace protokol::docx::test
