# Antarmuka Musyawarah dalam Bahasa Indonesia.
# Istilah: lihat docs/glossary.md.

language-name = Bahasa Indonesia

## Kerangka setiap halaman
site-name = Musyawarah
skip-to-content = Langsung ke isi
menu = Menu
menu-hidden = halaman situs dan akun Anda
nav-main = Utama
nav-consultations = Konsultasi
nav-organisations = Organisasi
nav-commitments = Komitmen
nav-dashboard = Dasbor
nav-findings = Temuan
nav-search = Cari
nav-assessments = Penilaian mandiri
nav-my-notes = Catatan saya
nav-returned-hidden = dikembalikan kepada Anda
nav-review = Antrean tinjauan
nav-waiting-hidden = menunggu
nav-people = Orang
nav-users = Pengguna
nav-audit = Log audit
nav-help = Bantuan
your-account-hidden = Akun Anda:
sign-in = Masuk
sign-out = Keluar
notice-done = Selesai
language-switch = Bahasa
footer-about-public = Musyawarah memantau konsultasi multipihak mengenai pelaksanaan Konsensus ASEAN tentang Pelindungan dan Pemajuan Hak-Hak Pekerja Migran. Anda hanya melihat data publik.
footer-about-members = Musyawarah memantau konsultasi multipihak mengenai pelaksanaan Konsensus ASEAN tentang Pelindungan dan Pemajuan Hak-Hak Pekerja Migran. Anda melihat data publik dan data untuk anggota.
footer-about-all = Musyawarah memantau konsultasi multipihak mengenai pelaksanaan Konsensus ASEAN tentang Pelindungan dan Pemajuan Hak-Hak Pekerja Migran. Anda melihat semua data, termasuk catatan khusus staf.
