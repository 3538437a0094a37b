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

## Nama Negara Anggota (nama bahasa Inggrisnya yang tersimpan di basis data)
state-BN = Brunei Darussalam
state-KH = Kamboja
state-ID = Indonesia
state-LA = Laos
state-MY = Malaysia
state-MM = Myanmar
state-PH = Filipina
state-SG = Singapura
state-TH = Thailand
state-TL = Timor-Leste
state-VN = Vietnam
state-formal-BN = Brunei Darussalam
state-formal-KH = Kerajaan Kamboja
state-formal-ID = Republik Indonesia
state-formal-LA = Republik Demokratik Rakyat Laos
state-formal-MY = Malaysia
state-formal-MM = Republik Persatuan Myanmar
state-formal-PH = Republik Filipina
state-formal-SG = Republik Singapura
state-formal-TH = Kerajaan Thailand
state-formal-TL = Republik Demokratik Timor-Leste
state-formal-VN = Republik Sosialis Vietnam
data-scope-public = data publik saja
data-scope-members = data publik dan data untuk anggota
data-scope-all = semua data, termasuk catatan khusus staf

## Halaman API (JSON dan dokumen OpenAPI tetap dalam bahasa Inggris: keduanya kontrak)
api-title = API
api-lead = Semua yang dapat Anda baca di Musyawarah juga tersedia dalam format JSON, untuk lembar kerja, skrip, dan situs web mitra. API hanya membaca; API menampilkan persis apa yang ditampilkan halaman-halaman kepada Anda, tidak lebih.
api-document = Dokumen
api-document-text = API ini dijelaskan oleh dokumen OpenAPI 3.1 yang dihasilkan dari kode yang melayaninya:
api-document-tools = Alat OpenAPI apa pun dapat membacanya.
api-what = Apa yang dapat Anda baca
api-addresses-caption = Alamat-alamat API
api-col-address = Alamat
api-col-gives = Isinya
api-gives-series = Seri konsultasi, dengan jumlahnya menurut tahap; satu seri beserta konsultasinya.
api-gives-consultations = Konsultasi, yang terbaru lebih dahulu; filter <code>state</code>, <code>stage</code>, <code>series</code>, <code>from</code>, <code>to</code>.
api-gives-consultation = Satu konsultasi: sesi dan pembicaranya, organisasi yang ikut serta beserta jumlah orang menurut jenis kelamin, dan catatannya yang telah diterbitkan.
api-gives-notes = Catatan yang telah diterbitkan dari suatu konsultasi.
api-gives-organisations = Direktori (filter <code>kind</code>, <code>state</code>, <code>name</code>); satu organisasi beserta konsultasi yang diikutinya.
api-gives-commitments = Setiap ketentuan kerangka kerja, menurut bab.
api-gives-findings = Pelacak temuan, dengan filternya (<code>state</code>, <code>kind</code>, <code>status</code>, <code>commitment</code>, <code>chapter</code>, <code>theme</code>, <code>consultation</code>, <code>series</code>, <code>from</code>, <code>to</code>, <code>overdue</code>, <code>sort</code>).
api-gives-finding = Satu temuan; untuk rekomendasi, juga pihak yang dituju, status, tenggat, dan tindak lanjutnya.
api-gives-assessments = Nilai rata-rata penilaian mandiri terbaru setiap Negara Anggota, menurut pihak dan bab.
api-gives-dashboard = Angka-angka dasbor untuk setiap Negara Anggota.
api-examples = Contoh
api-example-open = Rekomendasi yang masih terbuka untuk Vietnam, sepuluh sekaligus:
api-cursor = Sebuah daftar memberikan kursor <code>next</code> (serta alamat halaman berikutnya di <code>next_url</code> dan di header <code>Link: &lt;...&gt;; rel="next"</code>). Kirimkan kembali sebagai <code>cursor</code>, dengan filter yang sama, hingga <code>next</code> bernilai null: setiap catatan muncul satu kali.
api-sample = Contoh jawaban:
api-etag = Mintalah lagi hanya jika ada yang berubah: setiap jawaban memiliki <code>ETag</code>; kirimkan kembali, dan jawaban 304 tanpa isi menandakan tidak ada yang berubah.
api-page-tokens = Membaca sebagai diri Anda sendiri: token
api-page-tokens-text = Tanpa token, API memberikan data publik. Setelah masuk, Anda dapat membuat token pribadi di <a href="/account#api-tokens">halaman akun Anda</a>: token itu membaca apa yang boleh Anda baca (catatan untuk anggota bagi mitra dan pejabat; catatan khusus staf bagi staf HRWG), tidak lebih. Token ditampilkan satu kali, hanya disimpan sebagai hash, dan dapat dicabut kapan saja; halaman akun menunjukkan kapan setiap token terakhir digunakan dan seberapa sering.
api-limits = Sebuah token hanya dapat mengajukan sejumlah permintaan terbatas per menit; jika melebihinya, jawabannya adalah 429 dengan header <code>Retry-After</code>. Jawaban untuk sebuah token tidak pernah disimpan oleh cache (<code>Cache-Control: private, no-store</code>); jawaban publik dapat disimpan selama satu menit.
api-errors = Galat
api-errors-text = Galat dikirim sebagai <code>application/problem+json</code>, tidak pernah sebagai halaman:
api-statuses = 400: suatu parameter tidak valid (rinciannya menyebutkan yang mana). 401: token tidak valid atau telah dicabut. 404: catatan tidak ada, atau bukan catatan yang boleh Anda lihat. 429: terlalu banyak permintaan dengan token ini. Berdasarkan aturan Chatham House, tidak ada catatan yang menyebut nama penulisnya, baik di API maupun di halaman.

## Laporan untuk dicetak dan PDF-nya (ringkasan negara, laporan konsultasi)
report-made = Dibuat pada { $on } dengan tingkat visibilitas { $level } ({ $scope })
report-page = Halaman { $n } dari { $total }
report-chapter = Bab { $n }. { $title }
report-no-provision = Tidak terkait dengan ketentuan mana pun
report-all = Semua
report-col-consultation = Konsultasi
report-col-dates = Tanggal
report-col-place = Tempat
report-col-status = Status
report-col-chapter = Bab
report-col-recommendation = Rekomendasi
report-col-provisions = Ketentuan
report-col-addressee = Pihak yang dituju
report-col-due = Tenggat
report-col-latest = Perkembangan terakhir
report-col-provision = Ketentuan
report-col-government = Pemerintah
report-col-civil-society = Masyarakat sipil
report-col-gap = Selisih
report-overdue = Melewati tenggat
report-overdue-mark = melewati tenggat
report-divergent = Berbeda jauh
report-recommendations-caption = Rekomendasi, yang tenggatnya paling dekat lebih dahulu, beserta perkembangan terakhirnya
brief-page-title = Ringkasan: { $name }
brief-title = { $name }: ringkasan negara
brief-membership = Keanggotaan
brief-member-since = Anggota ASEAN sejak { $date }
brief-member-since-observer = Anggota ASEAN sejak { $date } (peninjau sejak { $observer })
brief-framework = Kerangka kerja
brief-bound-from-to = Terikat dari { $from } sampai { $until }
brief-bound-since = Terikat sejak { $from }
brief-not-bound = Tidak terikat: bukan penanda tangan
brief-consultations = Konsultasi
brief-held = Telah diselenggarakan
brief-planned = Direncanakan
brief-none-held = Belum ada konsultasi yang mencakup { $name } yang telah diselenggarakan.
brief-none-planned = Belum ada konsultasi yang mencakup { $name } yang direncanakan.
brief-held-caption = Konsultasi yang telah diselenggarakan, yang terbaru lebih dahulu
brief-planned-caption = Konsultasi yang direncanakan atau telah dijadwalkan
brief-more-consultations = dan { $n } lainnya di daftar konsultasi
brief-findings = Temuan menurut jenis dan bab
brief-no-findings = Belum ada temuan tentang { $name } yang dicatat.
brief-findings-caption = Temuan tentang { $name } menurut bab komitmen (temuan yang terkait dengan dua bab dihitung di masing-masing bab)
brief-all-findings = Semua temuan
brief-counted-once = Temuan yang terkait dengan ketentuan dari dua bab dihitung di masing-masing bab; baris terakhir menghitungnya satu kali.
brief-in-tracker = Temuan tentang { $name } di pelacak temuan
brief-recommendations = Rekomendasi dan tindak lanjutnya
brief-recommendations-line = { $total } rekomendasi, { $overdue } di antaranya melewati tenggat.
brief-more-than = lebih dari { $n }
brief-overdue = Melewati tenggat
brief-overdue-first = Melewati tenggat, yang paling lama lebih dahulu
brief-no-overdue = Tidak ada rekomendasi yang melewati tenggat.
brief-upcoming = Jatuh tenggat mulai hari ini, atau tanpa tenggat
brief-none = Tidak ada.
brief-no-update = Belum ada perkembangan
brief-more-in-tracker = Selebihnya ada di pelacak temuan.
brief-n-more-in-tracker = Dan { $n } lainnya di pelacak temuan.
brief-assessments = Penilaian mandiri
brief-sides = { $framework }. Pemerintah: { $government }. Masyarakat sipil: { $civil }.
brief-none-submitted = belum ada yang diajukan dan boleh Anda baca
brief-cycle = siklus { $cycle }
brief-divergences = Perbedaan besar
brief-no-divergences = Kedua pihak berbeda kurang dari dua poin pada setiap ketentuan yang dinilai keduanya.
brief-divergences-caption = Ketentuan yang penilaian kedua pihaknya berbeda dua poin atau lebih
brief-averages = Rata-rata pemerintah { $government }, rata-rata masyarakat sipil { $civil }
brief-no-assessment = Belum ada penilaian mandiri { $name } yang telah diajukan dan dibagikan kepada Anda.
report-page-title = Laporan: { $title }
report-of-consultation = Laporan konsultasi
report-series-number = { $series }, konsultasi ke-{ $n }
report-member-states = Negara Anggota
report-organisers = Penyelenggara
report-funder = Penyandang dana
report-chatham-house = Diselenggarakan dengan aturan Chatham House: apa yang dikatakan boleh dilaporkan, tetapi tidak siapa yang mengatakannya. Laporan ini tidak menyebut nama pembicara maupun penulis.
report-no-organisations = Tidak ada organisasi yang tercatat ikut serta.
report-people-by-kind = Peserta menurut jenis pemangku kepentingan dan jenis kelamin
report-people-by-kind-sexes = Peserta menurut jenis pemangku kepentingan dan jenis kelamin (perempuan, laki-laki, lainnya atau tidak disebutkan)
report-table-below = Tabel di bawah ini memuat angka-angkanya.
report-participants-caption = Peserta menurut jenis pemangku kepentingan dan jenis kelamin
report-col-kind-of-stakeholder = Jenis pemangku kepentingan
report-col-organisations = Organisasi
report-col-people = Orang
report-organisations-count = { $count } organisasi
report-not-counted = Jumlah peserta menurut jenis kelamin tidak dicatat untuk konsultasi ini.
report-demo-counts = Jumlah peserta menurut jenis kelamin adalah angka demo, bukan dari catatan konsultasi itu sendiri.
report-organisations-caption = Organisasi yang ikut serta
report-findings = Temuan
report-no-findings = Belum ada temuan yang dicatat untuk konsultasi ini.
report-provisions-label = Ketentuan:
report-member-states-label = Negara Anggota:
report-recommendations = Rekomendasi
report-no-recommendations = Belum ada rekomendasi yang dicatat untuk konsultasi ini.
report-recommendations-due-caption = Rekomendasi, beserta pihak yang dituju, status, dan tenggatnya
report-more-findings = Temuan lainnya ada di pelacak temuan.
report-n-more-findings = { $n } temuan lainnya ada di pelacak temuan.
report-notes = Catatan dari sesi-sesi
report-no-notes = Belum ada catatan sesi yang diterbitkan.

## Halaman galat
error-code = Galat { $code }
error-not-found-title = Halaman tidak ditemukan
error-not-found = Tidak ada apa pun di alamat ini. Mungkin halamannya sudah dipindahkan, atau tautannya salah ketik.
error-bad-request-title = Permintaan ini tidak dapat dipahami
error-unprocessable-title = Ini tidak dapat disimpan
error-request-timeout-title = Permintaan tidak diterima secara utuh
error-request-timeout = Peramban Anda berhenti mengirim sebelum permintaan selesai, sehingga tidak ada yang disimpan. Periksa koneksi Anda, lalu kirim formulir sekali lagi.
error-unavailable-title = Untuk sementara tidak tersedia
error-unavailable = Layanan ini tidak dapat menghubungi basis datanya saat ini. Tidak ada yang hilang dari apa yang telah Anda simpan; silakan coba lagi dalam satu menit.
error-internal-title = Terjadi kesalahan
error-internal = Sebuah galat yang tidak terduga menghentikan halaman ini. Galat ini sudah dicatat; silakan coba lagi, dan beri tahu tim HRWG jika terus terjadi.
error-method-title = Tidak diizinkan di sini
error-method = Alamat ini tidak menerima jenis permintaan tersebut.
error-cross-site-title = Formulir ini berasal dari situs lain
error-cross-site = Demi keamanan Anda, perubahan hanya dapat dilakukan dari halaman Musyawarah sendiri. Kembali ke halaman tersebut, muat ulang, lalu coba lagi.
error-too-many-title = Terlalu banyak percobaan
error-too-many = Terlalu banyak percobaan masuk yang gagal. Untuk melindungi akun ini, proses masuk dihentikan sementara; coba lagi dalam { $minutes } menit.
error-refers-to-nothing = Isian ini merujuk ke catatan yang tidak ada (mungkin sudah dihapus). Kembali, muat ulang formulir, lalu pilih lagi.
error-too-long = Ada nilai yang terlalu panjang untuk disimpan. Persingkat, lalu kirim lagi.
error-out-of-range = Ada angka atau tanggal di luar rentang yang dapat disimpan (tanggal antara tahun 1900 dan 2100). Perbaiki, lalu kirim lagi.
error-wrong-kind = Ada nilai yang jenisnya tidak sesuai untuk isian ini. Perbaiki, lalu kirim lagi.
error-signed-in-as = Anda masuk sebagai { $name } ({ $role }).
error-your-account = Akun Anda
error-not-signed-in = Anda belum masuk.
error-sign-in-for-more = untuk melihat materi bagi anggota.
error-home = Ke halaman beranda
back-consultation = Kembali ke konsultasi
back-consultations = Kembali ke semua konsultasi
back-organisation = Kembali ke organisasi
back-organisations = Kembali ke daftar organisasi
back-finding = Kembali ke temuan
back-findings = Kembali ke pelacak temuan
back-commitments = Kembali ke daftar komitmen
back-note = Kembali ke catatan
back-my-notes = Kembali ke catatan saya
back-assessments = Kembali ke penilaian mandiri
back-person = Kembali ke data orang
back-people = Kembali ke daftar orang
back-users = Kembali ke daftar pengguna
back-account = Kembali ke akun Anda
back-help = Kembali ke bantuan

## Nilai-nilai pilihan (label enum; bahasa Inggrisnya ada di kode)
Role-admin = Administrator
Role-staff = Staf HRWG
Role-partner = Mitra masyarakat sipil
Role-official = Pejabat
AssessorKind-government = Pemerintah
AssessorKind-civil_society = Masyarakat sipil
AssessmentStatus-draft = Draf
AssessmentStatus-submitted = Diajukan
RoundStatus-draft = Draf
RoundStatus-open = Dibuka
RoundStatus-closed = Ditutup
Answer-rated = Dinilai
Answer-not_applicable = Tidak berlaku
Answer-no_information = Tidak ada informasi
ConsultationStatus-planned = Direncanakan
ConsultationStatus-scheduled = Dijadwalkan
ConsultationStatus-held = Telah dilaksanakan
ConsultationStatus-report_published = Laporan diterbitkan
ConsultationStatus-postponed = Ditunda
ConsultationStatus-cancelled = Dibatalkan
ParticipationRole-organiser = penyelenggara
ParticipationRole-co_organiser = penyelenggara bersama
ParticipationRole-speaker = narasumber
ParticipationRole-participant = peserta
ParticipationRole-observer = peninjau
ParticipationRole-funder = penyandang dana
FindingKind-challenge = Tantangan
FindingKind-opportunity = Peluang
FindingKind-good_practice = Praktik baik
FindingKind-recommendation = Rekomendasi
RecommendationStatus-open = Terbuka
RecommendationStatus-accepted = Diterima
RecommendationStatus-in_progress = Sedang berjalan
RecommendationStatus-implemented = Telah dilaksanakan
RecommendationStatus-not_accepted = Tidak diterima
Visibility-public = Publik
Visibility-members = Anggota
Visibility-staff = Khusus staf
Sort-newest = Terbaru dahulu
Sort-oldest = Terlama dahulu
Sort-due = Tenggat terdekat dahulu
DutyBearer-all = Semua Negara Anggota
DutyBearer-sending = Negara Pengirim
DutyBearer-receiving = Negara Penerima
DutyBearer-both = Negara Pengirim dan Penerima
NoteStatus-draft = Draf
NoteStatus-submitted = Diajukan untuk ditinjau
NoteStatus-returned = Dikembalikan kepada penulis
NoteStatus-published = Diterbitkan
NoteStatus-withdrawn = Ditarik
Section-challenge = Tantangan yang diangkat
Section-opportunity = Peluang
Section-good_practice = Praktik baik
Section-recommendation = Rekomendasi yang disampaikan
Attribution-name_and_organisation = Nama dan organisasi saya
Attribution-organisation = Hanya organisasi saya
Attribution-none = Tanpa atribusi (“seorang mitra masyarakat sipil”)
OrganisationKind-government = Pemerintah
OrganisationKind-asean_body = Badan ASEAN
OrganisationKind-civil_society = Masyarakat sipil
OrganisationKind-trade_union = Serikat pekerja
OrganisationKind-migrant_association = Asosiasi pekerja migran
OrganisationKind-employer = Pemberi kerja atau agen perekrutan
OrganisationKind-research = Lembaga penelitian
OrganisationKind-international_organisation = Organisasi internasional
OrganisationKind-donor = Donor
OrganisationKind-media = Media
OrganisationKind-other = Lainnya
Sex-female = Perempuan
Sex-male = Laki-laki
Sex-other = Lainnya
Sex-not_stated = Tidak disebutkan
RecordKind-consultation = Konsultasi
RecordKind-organisation = Organisasi
RecordKind-person = Orang
RecordKind-commitment = Komitmen
RecordKind-session = Sesi
RecordKind-finding = Temuan
RecordKind-note = Catatan yang diterbitkan
SessionKind-opening_remarks = Sambutan pembukaan
SessionKind-presentation = Presentasi
SessionKind-panel = Diskusi panel
SessionKind-plenary = Diskusi pleno
SessionKind-breakout_group = Diskusi kelompok
SessionKind-closing = Penutupan
SessionKind-other = Lainnya

## Pesan setelah menyimpan
Message-draft-saved = Draf disimpan
Message-note-submitted = Catatan diajukan untuk ditinjau
Message-note-returned = Catatan dikembalikan kepada penulisnya beserta komentar Anda
Message-note-published = Catatan diterbitkan
Message-note-withdrawn = Catatan ditarik: catatan ini tidak akan diterbitkan. Anda dapat memulihkannya sebagai draf di bawah ini
Message-note-restored = Catatan dipulihkan sebagai draf
Message-note-corrected = Koreksi disimpan: catatan yang diterbitkan kini berbunyi seperti di bawah ini
Message-notes-returned = dikembalikan kepada Anda
Message-signed-in = Anda telah masuk
Message-signed-out = Anda telah keluar
Message-password-changed = Kata sandi Anda telah diubah
Message-user-saved = Akun disimpan
Message-user-disabled = Akun dinonaktifkan: semua sesi masuknya telah berakhir
Message-user-enabled = Akun diaktifkan
Message-consultation-added = Konsultasi ditambahkan
Message-consultation-saved = Konsultasi disimpan
Message-session-added = Sesi ditambahkan ke agenda
Message-session-saved = Sesi disimpan
Message-session-moved = Sesi dipindahkan
Message-session-removed = Sesi dihapus dari agenda
Message-session-restored = Sesi dikembalikan ke agenda
Message-organisation-added = Organisasi ditambahkan
Message-organisation-saved = Organisasi disimpan
Message-organisations-merged = Organisasi digabungkan ke dalam organisasi ini
Message-participation-added = Keikutsertaan dicatat
Message-participation-saved = Keikutsertaan disimpan
Message-participation-removed = Catatan keikutsertaan dihapus
Message-person-added = Orang ditambahkan
Message-person-saved = Data orang disimpan
Message-position-added = Jabatan ditambahkan
Message-series-added = Rangkaian kegiatan ditambahkan
Message-series-saved = Rangkaian kegiatan disimpan
Message-finding-added = Temuan ditambahkan
Message-finding-saved = Temuan disimpan
Message-progress-added = Laporan perkembangan ditambahkan
Message-commitment-saved = Komitmen disimpan
Message-round-opened = Putaran penilaian mandiri dibuka
Message-round-saved = Putaran disimpan
Message-answers-saved = Jawaban disimpan
Message-assessment-submitted = Penilaian diajukan
Message-assessment-corrected = Koreksi disimpan
Message-participant-list-checked = Daftar peserta diperiksa
Message-import-started = Impor dimulai: halaman ini akan menunjukkan kapan semua baris sudah ditulis

## Tanggal
month-1 = Januari
month-2 = Februari
month-3 = Maret
month-4 = April
month-5 = Mei
month-6 = Juni
month-7 = Juli
month-8 = Agustus
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Desember
date-long = { $day } { $month } { $year }
date-day-month = { $day } { $month }
period-days = { $from }–{ $to }
period = { $from } – { $to }
date-not-set = tanggal belum ditentukan

## Pesan setelah menyimpan
notice-at = { $done } pukul { $time }
notice-notes-returned = { $count } catatan dikembalikan kepada Anda
notice-list-checked = Daftar peserta diperiksa: { $count } baris siap diimpor

## Shared parts of pages
col-number = No.
col-consultation = Konsultasi
col-when = Waktu
col-where = Tempat
col-status = Status
col-participants-reported = Peserta yang dilaporkan
errors-to-fix = Ada { $count } hal yang perlu diperbaiki
pager = Halaman
pager-previous = Halaman sebelumnya
pager-next = Halaman berikutnya

## Sign-in
sign-in-resume = Sesi masuk Anda berakhir sebelum yang Anda kirim tersimpan. Tidak ada yang hilang: masuk lagi, lalu Anda dapat mengirimnya kembali.
field-email = Alamat email
field-password = Kata sandi
sign-in-help = Akun dibuat melalui undangan dari tim HRWG. Jika Anda lupa kata sandi, mintalah tautan undangan baru kepada mereka.

## Home page
home-title = Konsultasi tentang hak-hak pekerja migran di ASEAN
new-consultation = Konsultasi baru
new-series = Rangkaian kegiatan baru
home-lead = Bagaimana Negara-Negara Anggota ASEAN melaksanakan Konsensus ASEAN 2017 tentang Pelindungan dan Pemajuan Hak-Hak Pekerja Migran, sebagaimana dibahas dalam konsultasi nasional antara pemerintah, badan-badan ASEAN, dan masyarakat sipil.
organised-by = Penyelenggara:
funded-by = didanai oleh
held-planned = { $held } telah dilaksanakan, { $planned } direncanakan.
series-consultations-caption = Konsultasi dalam rangkaian ini
series-all-consultations = Semua { $count } konsultasi dalam rangkaian ini
with-filters = , dengan penyaring.
no-consultations-yet = Belum ada konsultasi yang diterbitkan.
member-states = Negara Anggota
states-caption = Kesebelas Negara Anggota ASEAN dan konsultasinya
col-member-state = Negara Anggota
col-member-since = Anggota ASEAN sejak
col-consultations-held = Konsultasi yang telah dilaksanakan
col-planned = Direncanakan
col-last-held = Terakhir dilaksanakan

## A consultation's page
breadcrumb = Jejak navigasi
edit-consultation = Ubah konsultasi
add-session = Tambah sesi
import-participants = Impor daftar peserta
chatham-house-note = Diselenggarakan dengan aturan Chatham House: apa yang dikatakan boleh dilaporkan, tetapi tidak siapa yang mengatakannya.
in-series = Dalam rangkaian
consultation-number = Konsultasi ke-{ $n }
venue = Tempat penyelenggaraan
states-covered = Negara Anggota yang dicakup
regional = Regional
not-stated = tidak disebutkan
languages = Bahasa
participants = Peserta
objectives = Tujuan
summary = Ringkasan
agenda = Agenda
no-agenda = Belum ada agenda yang diterbitkan untuk konsultasi ini.
themes-label = Tema:
read-note = Baca catatan
on-session = tentang { $title }
write-note = Tulis catatan
edit = Ubah
move-up = Naikkan
move-down = Turunkan
remove-from-agenda = Hapus dari agenda
organisations-taking-part = Organisasi yang ikut serta
no-participants = Belum ada organisasi peserta yang dicatat.
demo = Demo
demo-head-counts = Jumlah peserta menurut jenis kelamin adalah angka demo, bukan dari laporan.
demo-head-counts-reported = Jumlah peserta menurut jenis kelamin adalah angka demo, bukan dari laporan, yang menyebutkan { $reported }.
organisations-roles-caption = Organisasi dan perannya
col-organisation = Organisasi
col-kind = Jenis
col-based-in = Berkedudukan di
col-role = Peran
col-people-counted = Jumlah orang
stakeholder-mix = Komposisi pemangku kepentingan
mix-caption = Organisasi menurut jenis pemangku kepentingan
mix-caption-people = Organisasi dan orang menurut jenis pemangku kepentingan
col-women = Perempuan
col-men = Laki-laki
col-other-sex = Lainnya atau tidak disebutkan
participants-by-sex = Peserta menurut jenis kelamin
no-head-counts = Jumlah peserta menurut jenis kelamin belum dicatat.
no-head-counts-reported = Jumlah peserta menurut jenis kelamin belum dicatat; laporan menyebutkan { $reported }.
head-counts = Jumlah peserta menurut jenis kelamin
head-counts-demo = Jumlah peserta menurut jenis kelamin (angka demo)
col-total = Jumlah
participation-records = Catatan keikutsertaan
add-organisation = Tambah organisasi
records-caption = Catatan per organisasi (staf)
people-who-took-part = Orang yang ikut serta
personal-data-notice = Data pribadi: hanya dapat dilihat oleh staf HRWG.
people-count = { $count } orang
col-name = Nama
col-sex = Jenis kelamin
findings-of-consultation = Temuan dari konsultasi ini
source = Sumber: { $source }
col-female = Perempuan
col-male = Laki-laki

## Siapa yang dapat melihat sebuah catatan (diberitahukan kepada staf di halamannya)
audience-public = semua orang (publik)
audience-members = anggota yang sudah masuk
audience-staff = khusus staf
visible-to = Dapat dilihat oleh: { $audience }
visible-to-set-on = Dapat dilihat oleh: { $audience } ({ $parent })
set-on-session = ditetapkan pada sesi
set-on-consultation = ditetapkan pada konsultasi
set-on-series = ditetapkan pada rangkaian kegiatan
participants-reported = { $count } peserta (sesuai laporan)
participants-reported-note = { $note } peserta (sesuai laporan)

## The note form
note-edit-title = Ubah catatan: { $session }
note-new-title = Catatan baru: { $session }
note-correct-heading = Koreksi catatan yang diterbitkan
note-edit-heading = Ubah catatan Anda
note-on-session = Tentang sesi: { $session }
note-chatham-house = Konsultasi ini diselenggarakan dengan aturan Chatham House: setelah diterbitkan, catatan tidak akan menyebutkan siapa penulisnya, dan pernyataan yang Anda tandai tanpa atribusi hanya akan menunjukkan sektor pembicaranya.
reviewer-asked = Yang diminta peninjau untuk Anda ubah
reviewer-asked-hint = Ubah catatan di bawah ini, lalu ajukan kembali.
note-conflict = Catatan ini telah disimpan di tempat lain sejak Anda membukanya
note-conflict-hint = Teks Anda masih ada di bawah dan belum disimpan. Simpan lagi untuk mempertahankan versi Anda.
statement-n = Pernyataan { $n }
not-attributed-check = Tanpa atribusi (Chatham House)
speaker-sector = Sektor pembicara
not-given = Tidak disebutkan
propose-visibility = Siapa yang boleh membacanya (Anda mengusulkan; HRWG memutuskan)
attribution-legend = Bagaimana catatan yang diterbitkan menyebut Anda
attribution-hint = Pilihan Anda. HRWG dapat menerbitkannya dengan atribusi yang lebih sedikit, tidak pernah lebih banyak.
attribution-hint-chatham = Berdasarkan aturan Chatham House, catatan yang diterbitkan dari konsultasi ini tidak menyebut nama siapa pun, apa pun pilihan Anda.
correction-reason = Alasan koreksi
correction-reason-hint = Ditampilkan dalam riwayat catatan
save-correction = Simpan koreksi
save-draft-hint = Menyimpan akan menyimpan draf yang hanya dapat Anda lihat; kotak pernyataan tambahan muncul setiap kali Anda menyimpan.
save-draft = Simpan draf
save-and-submit = Simpan dan ajukan untuk ditinjau
submit-hint = Sebelum dikirim kepada peninjau, Anda akan melihat lagi bagaimana catatan ini menyebut Anda dan siapa yang boleh membacanya.

## Hints beside fields (also on the help page)
hint-public = Publik
hint-public-text = siapa saja, tanpa perlu masuk.
hint-members = Anggota
hint-members-text = siapa saja yang sudah masuk (mitra, pejabat, staf HRWG).
hint-staff = Khusus staf
hint-staff-text = staf HRWG dan administrator.
hint-never-wider = Sebuah catatan tidak pernah ditampilkan lebih luas daripada induknya: catatan publik di bawah sesi khusus staf menjadi khusus staf.
hint-levels = Tingkat penilaian, untuk setiap ketentuan:
level-0 = 0 Belum dimulai
level-0-text = belum ada yang dilakukan.
level-1 = 1 Awal
level-1-text = langkah pertama (kajian, rencana, rancangan), belum ada yang berlaku.
level-2 = 2 Sebagian
level-2-text = berlaku bagi sebagian pekerja atau sebagian ketentuan.
level-3 = 3 Sebagian besar
level-3-text = berlaku dan diterapkan bagi sebagian besar pekerja migran, dengan kesenjangan.
level-4 = 4 Penuh
level-4-text = berlaku, diterapkan, dan dipantau bagi semua pekerja migran.
hint-left-out = "Tidak berlaku" dan "Tidak ada informasi" tidak dihitung dalam rata-rata.
hint-not-attributed = Tanpa atribusi
hint-not-attributed-text = catatan yang diterbitkan memuat pernyataan tanpa pembicaranya, hanya menyebut "tanpa atribusi" dan sektor pembicara jika Anda memilihnya (misalnya "seorang pembicara dari pemerintah"). Gunakan untuk hal yang disampaikan berdasarkan aturan Chatham House, atau bila menyebut nama seseorang dapat membahayakannya. Draf Anda dan para peninjau HRWG tetap melihat apa yang Anda tulis.

## Bagaimana catatan menyebut penulis dan pembicaranya
not-attributed = Tanpa atribusi
not-attributed-from = Tanpa atribusi: seorang pembicara dari { $sector }
speaker-sector-is = Sektor pembicara: { $sector }
note-by = Catatan oleh { $who }
note-by-partner = Catatan oleh seorang mitra masyarakat sipil
written-by = Ditulis oleh { $who }. Pilihan penulis: { $chosen }.
written-by-published-with = Ditulis oleh { $who }. Pilihan penulis: { $chosen }; diterbitkan dengan: { $published }.
attribution-name-explained = Pembaca melihat nama Anda dan nama organisasi Anda.
attribution-organisation-explained = Pembaca melihat nama organisasi Anda, bukan nama Anda.
attribution-none-explained = Pembaca hanya melihat “seorang mitra masyarakat sipil”: bukan nama Anda, bukan pula organisasi Anda.

## A note's page
note-title = Catatan: { $session }
note-heading = Catatan tentang: { $session }
readers-see-no-name = Berdasarkan aturan Chatham House, pembaca tidak melihat nama siapa pun.
reviewer-comment = Komentar peninjau:
finding-from-statement = Buat temuan dari pernyataan ini
what-became-of-it = Tindak lanjutnya
note-history = Riwayat catatan ini
submit-for-review = Ajukan untuk ditinjau
withdraw = Tarik
restore-draft = Pulihkan sebagai draf
correct = Koreksi
review = Tinjauan
comment-for-author = Komentar untuk penulis
return-to-author = Kembalikan kepada penulis
publish-for = Terbitkan untuk
attribution-for-staff = Atribusi (pilihan penulis: { $chosen }; Anda boleh memilih lebih sedikit, tidak lebih banyak)
publish = Terbitkan

## Checking a note before submitting it
confirm-note-title = Periksa dan ajukan catatan Anda: { $session }
the-note = Catatan
check-before-submit = Periksa sebelum mengajukan
confirm-note-lead = Catatan Anda tentang “{ $session }” sudah disimpan sebagai draf. Periksa bagaimana catatan ini akan menyebut Anda dan siapa yang Anda usulkan boleh membacanya; lalu ajukan kepada peninjau HRWG.
confirm-chatham-house = Konsultasi ini diselenggarakan dengan aturan Chatham House, sehingga catatan yang diterbitkan tidak akan menyebut Anda atau organisasi Anda, apa pun pilihan Anda.
readers-will-see = Pembaca akan melihat:
who-you-propose = Siapa yang Anda usulkan boleh membacanya
hrwg-decides = HRWG memutuskan saat menerbitkan, dan dapat menerbitkan dengan atribusi yang lebih sedikit daripada pilihan Anda, tidak pernah lebih banyak.
change-note = Ubah catatan

## My notes and the review queue
review-empty = Tidak ada catatan yang menunggu tinjauan.
review-empty-hint = Ketika seorang mitra mengajukan catatan tentang sebuah sesi, catatan itu muncul di sini, dan angka di samping "Antrean tinjauan" pada navigasi menunjukkan berapa banyak yang menunggu.
my-notes-empty = Anda belum menulis catatan.
my-notes-first = Untuk menulis catatan pertama Anda:
my-notes-step-1-before = Buka konsultasi yang diikuti organisasi Anda, dari
my-notes-step-1-link = daftar konsultasi
my-notes-step-2 = Pada agendanya, pilih sesi yang Anda hadiri dan tekan "Tulis catatan".
my-notes-step-3 = Simpan draf sesering yang Anda mau (hanya Anda yang dapat melihatnya), lalu ajukan untuk ditinjau oleh HRWG.
my-notes-no-session = Jika tidak ada sesi yang menawarkan "Tulis catatan", organisasi Anda belum tercatat sebagai peserta konsultasi tersebut: mintalah staf HRWG untuk menambahkannya.
col-session = Sesi
col-author = Penulis
col-dates = Tanggal
col-reviewer-comment = Komentar peninjau
outcomes-heading = Tindak lanjut catatan Anda
outcomes-none = Belum ada catatan Anda yang diterbitkan. Setelah HRWG menerbitkannya, temuan yang diambil dari catatan itu beserta tindak lanjutnya akan tercantum di sini.
outcomes-no-finding = Belum ada temuan yang diambil dari catatan ini.
status-is = Status: { $status }
no-progress-yet = Belum ada perkembangan yang dilaporkan.
latest-update = Perkembangan terakhir, { $update }
notes-count = { $count } catatan
date-written = Ditulis
date-submitted = Diajukan
date-returned = Dikembalikan
date-published = Diterbitkan
my-notes-intro = Catatan yang telah Anda tulis, yang terakhir diubah lebih dahulu: posisinya masing-masing, apa kata peninjau, dan tindak lanjut catatan yang sudah diterbitkan.
review-heading = Catatan untuk ditinjau
review-intro = Catatan yang diajukan, yang terakhir diubah lebih dahulu. Kembalikan catatan dengan komentar, atau terbitkan dengan tingkat visibilitas yang Anda tentukan.
error-pdf-unavailable-title = Laporan PDF tidak tersedia
error-pdf-unavailable = Laporan PDF memerlukan huruf { $family }, yang belum terpasang di server ini. Administratornya dapat memasangnya dengan paket Debian { $package } (apt-get install { $package }). Sementara itu, halaman laporan (alamat yang sama tanpa .pdf) dapat dicetak dari peramban.

## The regional dashboard
dashboard-title = Dasbor kemajuan regional
dashboard-lead = Posisi setiap Negara Anggota ASEAN dalam pelaksanaan Konsensus tentang hak-hak pekerja migran, per { $today }. Setiap angka tertaut ke catatan yang mendasarinya.
scope-public = Anda hanya melihat data publik.
scope-members = Anda melihat data publik dan data untuk anggota.
scope-all = Anda melihat semua data, termasuk catatan khusus staf.
members-see-more = Anggota yang sudah masuk dapat melihat lebih banyak.
dashboard-demo = Angka-angka ini mencakup catatan demo ({ $kinds }): contoh yang dimuat bersama data demo, bukan angka sebenarnya.
overview-heading = Posisi setiap Negara Anggota
overview-caption = Satu baris untuk setiap Negara Anggota: konsultasi yang telah dilaksanakan, tindak lanjut rekomendasi yang ditujukan kepadanya, dan penilaian mandiri terakhirnya; rinciannya menyusul di bawah
col-standing = Posisi
col-recommendations = Rekomendasi
col-latest-assessment = Penilaian mandiri terakhir (0 sampai 4)
yours = Negara Anda
n-held = { $n } dilaksanakan
n-planned = { $n } direncanakan
last-held = terakhir
none-yet = Belum ada
n-open = { $n } terbuka
n-in-progress = { $n } sedang berjalan
n-implemented = { $n } telah dilaksanakan
of-total = dari
n-overdue = { $n } melewati tenggat
latest-assessment = Penilaian mandiri terakhir
not-a-member = Bukan anggota
side-government = Pemerintah
none-yet-lower = belum ada
side-civil-society = masyarakat sipil
overview-note = "Sedang dilaksanakan": sebagian rekomendasi sedang berjalan atau telah dilaksanakan dan tidak ada yang melewati tenggat. "Tindak lanjut terlambat": ada rekomendasi yang melewati tenggatnya dan belum dilaksanakan. Jumlah terbuka, sedang berjalan, dan telah dilaksanakan tidak sama dengan jumlah seluruhnya bila ada yang diterima tetapi belum dimulai, atau tidak diterima.
filter-dashboard = Saring dasbor
series = Rangkaian kegiatan
all-series = Semua rangkaian kegiatan
from = Dari
to = Sampai
theme-narrows = Tema (mempersempit temuan)
all-themes = Semua tema
show = Tampilkan
clear = Hapus penyaring
details = Rincian
consultations-participation = Konsultasi dan keikutsertaan
states-table-caption = Konsultasi yang mencakup setiap Negara Anggota, dan siapa yang ikut serta (jumlah orang, menurut jenis kelamin dan kelompok pemangku kepentingan)
col-membership = Keanggotaan
col-held = Dilaksanakan
new-member = Anggota baru
findings-follow-up = Temuan dan tindak lanjut
findings-chart-caption = Temuan menurut jenisnya; tabel memuat angka yang sama.
findings-table-caption = Temuan tentang setiap Negara Anggota menurut jenisnya, dan tindak lanjut rekomendasinya
col-implemented = Telah dilaksanakan
col-overdue = Tindak lanjut terlambat
assessments-table-caption = Nilai rata-rata (0 sampai 4) dari penilaian mandiri terakhir yang diajukan oleh setiap pihak; "tidak berlaku" dan "tidak ada informasi" tidak dihitung dalam rata-rata
col-civil-society = Masyarakat sipil
no-assessment-yet = Belum ada penilaian
timeline-heading = Linimasa konsultasi
timeline-chart-caption = Konsultasi per tahun: direncanakan dibandingkan dengan yang dilaksanakan, ditunda, dan dibatalkan.
timeline-table-caption = Konsultasi menurut tahun dan tahapan
col-year = Tahun
theme-heat-heading = Temuan menurut tema
theme-heat-caption = Makin gelap, makin banyak temuan. Kolom T1 sampai T{ $n } adalah tema pada tabel di bawah.
theme-table-caption = Temuan menurut Negara Anggota dan tema
chapter-heat-heading = Temuan dan penilaian menurut bab Konsensus
chapter-heat-caption = Temuan pada setiap bab; makin gelap, makin banyak.
government-heat-caption = Penilaian mandiri pemerintah menurut bab; makin gelap, makin tinggi nilainya.
civil-society-heat-caption = Penilaian masyarakat sipil menurut bab; makin gelap, makin tinggi nilainya.
chapter-table-caption = Temuan, dan nilai rata-rata setiap pihak, menurut Negara Anggota dan bab (temuan / pemerintah / masyarakat sipil)

## Downloads of the dashboard
download-csv = Unduh CSV
download-xlsx = Unduh Excel (.xlsx)
of-state-table = dari tabel Negara Anggota
the-state-table = tabel Negara Anggota

## Posisi Negara Anggota (ikhtisar dasbor)
progress-not-member = Belum menjadi anggota
progress-planned = Konsultasi direncanakan
progress-not-consulted = Belum dikonsultasikan
progress-no-recommendations = Sudah dikonsultasikan; belum ada rekomendasi
progress-overdue = Tindak lanjut terlambat
progress-all-implemented = Semua rekomendasi telah dilaksanakan
progress-implementing = Sedang dilaksanakan
progress-open = Rekomendasi masih terbuka
progress-held = { $count } konsultasi telah dilaksanakan
progress-implemented = { $implemented } dari { $all } rekomendasi telah dilaksanakan
progress-implemented-overdue = { $implemented } dari { $all } rekomendasi telah dilaksanakan, { $overdue } melewati tenggat
member-since = Anggota sejak { $date }
observer-since = Peninjau sejak { $date }; belum menjadi anggota
not-dated-yet = Belum bertanggal

## A Member State's page
brief-to-print = Ringkasan negara untuk dicetak
brief-pdf = Ringkasan (PDF)
state-note = Catatan
state-no-consultations = Belum ada konsultasi yang mencakup { $state } yang diterbitkan.
state-consultations-caption = Konsultasi yang mencakup Negara Anggota ini
state-all-consultations = Semua konsultasi yang mencakup { $state }
of-state-consultations = dari konsultasi yang mencakup { $state }
state-consultations-hint = semua konsultasi yang mencakup { $state }
of-state-findings = dari temuan tentang { $state }
state-findings-hint = temuan dan rekomendasi tentang { $state }, beserta perkembangan terakhirnya
state-organisations = Organisasi yang berkedudukan di { $state }
state-no-organisations = Belum ada organisasi yang tercatat untuk { $state }.
state-all-organisations = Semua organisasi yang berkedudukan di { $state }

## Search
search-words = Kata yang dicari
search-kind = Jenis catatan
search-any = Semua
search-no-results = Tidak ada hasil
search-results = Hasil { $first } sampai { $last } dari { $total }
search-results-more = Hasil { $first } sampai { $last } dari lebih dari { $total }
search-in = dalam konsultasi, organisasi, komitmen, sesi, temuan, dan catatan yang diterbitkan, yang paling cocok lebih dahulu (tanda diakritik, huruf besar-kecil, dan spasi dalam nama tidak berpengaruh).
search-in-with-people = dalam konsultasi, organisasi, orang, komitmen, sesi, temuan, dan catatan yang diterbitkan, yang paling cocok lebih dahulu (tanda diakritik, huruf besar-kecil, dan spasi dalam nama tidak berpengaruh).
search-narrow = Persempit pencarian
remove = hapus
search-capped = Jumlah dihitung dari { $cap } hasil terbaik untuk setiap jenis; tambahkan kata untuk mempersempit pencarian.
search-try = Tidak ditemukan: yang dapat dicoba
search-fewer-words = Lebih sedikit kata:
search-another-spelling = Ejaan lain:
search-spelling-hint = Ejaan lain, atau bagian kata yang lebih pendek (nama dapat ditemukan dari bagian mana pun).
search-remove-filter = Hapus satu penyaring: cari
search-other-filters = Daftar-daftar ini memiliki penyaringnya sendiri:
findings-tracker = pelacak temuan
search-pages = Halaman hasil
previous = Sebelumnya
next = Berikutnya

## The account page
acting-for = Bertindak untuk
two-factor = Masuk dua langkah
on = Aktif
off = Nonaktif
change-password = Ubah kata sandi Anda
turn-on-two-factor = Aktifkan masuk dua langkah
api-tokens = Token API
api-tokens-intro = Token memungkinkan sebuah program membaca API atas nama Anda: program itu melihat apa yang Anda lihat, tidak lebih. Token hanya dapat membaca. Setiap token hanya ditampilkan sekali, saat Anda membuatnya; cabut token yang tidak lagi Anda gunakan.
the-api = API
your-tokens = Token Anda
col-made = Dibuat
col-last-used = Terakhir digunakan
col-uses = Penggunaan
col-state = Keadaan
never = Belum pernah
revoked-on = Dicabut { $date }
revoke-token = Cabut { $name }
new-token-name = Nama token baru
new-token-hint = Apa yang akan menggunakannya, misalnya situs web mitra atau lembar kerja.
make-token = Buat token

## The help page
help-lead = Apa yang dapat Anda lakukan di Musyawarah, menurut peran, dan arti kata-kata pada formulirnya.
help-contents = Daftar isi
help-you = Anda
help-everyone = Membaca Musyawarah
help-everyone-1 = Siapa saja dapat membaca apa yang bersifat publik tanpa perlu masuk: rangkaian konsultasi, setiap konsultasi yang telah dilaksanakan beserta agenda dan organisasi yang ikut serta, halaman Negara Anggota, komitmen Konsensus ASEAN, temuan publik, dan dasbor regional.
help-everyone-2 = <strong>Konsultasi</strong> (halaman beranda): setiap rangkaian dan konsultasinya; buka salah satunya untuk melihat agenda, narasumber, dan pesertanya.
help-everyone-3 = <strong>Dasbor</strong>: posisi setiap Negara Anggota, lalu rinciannya; setiap angka tertaut ke catatan yang mendasarinya. Dasbor dapat dicetak pada kertas A4.
help-everyone-4 = <strong>Temuan</strong>: tantangan, peluang, praktik baik, dan rekomendasi, beserta tindak lanjut setiap rekomendasi.
help-everyone-5 = <strong>Cari</strong>: konsultasi, sesi, catatan yang diterbitkan, temuan, dan organisasi.
help-everyone-6 = Akun dibuat melalui undangan dari HRWG. Jika Anda memilikinya, masuklah untuk melihat materi bagi anggota.
help-partners = Untuk mitra masyarakat sipil
help-partners-1 = Tulis catatan tentang sesi yang dihadiri organisasi Anda: buka konsultasinya dan pilih "Tulis catatan" di bawah sesi tersebut. Draf disimpan selagi Anda mengetik; draf itu milik Anda sampai Anda mengajukannya.
help-partners-2 = Ajukan catatan bila sudah siap; HRWG meninjaunya, dapat mengembalikannya kepada Anda dengan komentar, dan menerbitkannya untuk pembaca yang dipilihnya (tidak pernah lebih luas daripada yang Anda usulkan).
help-partners-3 = Tandai pernyataan sebagai <strong>tanpa atribusi</strong> bila menyebut nama pembicara dapat membahayakannya (lihat <a href="#words">penjelasan kata-kata di bawah</a>).
help-partners-4 = <strong>Catatan saya</strong> memuat catatan Anda, posisinya masing-masing, dan tindak lanjut rekomendasi yang diambil darinya.
help-partners-5 = <strong>Penilaian mandiri</strong>: nilai sejauh mana Negara Anggota Anda melaksanakan setiap ketentuan, dari sisi masyarakat sipil.
help-officials = Untuk pejabat ACMW dan pemerintah
help-officials-1 = <strong>Dasbor</strong> menandai Negara Anggota Anda; tabel pertamanya menunjukkan posisi setiap negara, dan angka-angka di bawahnya tertaut ke temuan dan konsultasi yang mendasarinya.
help-officials-2 = <strong>Penilaian mandiri</strong>: isi penilaian mandiri pemerintah bab demi bab, lalu ajukan; perbandingannya menunjukkan ketentuan mana yang dinilai berbeda oleh pemerintah dan masyarakat sipil.
help-officials-3 = Temuan yang ditujukan kepada Negara Anggota Anda ada di pelacak <strong>Temuan</strong> (saring menurut negara).
help-staff = Untuk staf HRWG
help-staff-1 = Catat rangkaian kegiatan, konsultasi beserta agendanya (sesi), organisasi dan orang yang ikut serta, serta jumlah peserta; impor daftar peserta dari CSV (setiap baris diperiksa sebelum apa pun ditulis).
help-staff-2 = <strong>Antrean tinjauan</strong> memuat catatan yang diajukan: kembalikan dengan komentar, atau terbitkan dan pilih siapa yang boleh membacanya.
help-staff-3 = Jadikan pernyataan yang diterbitkan sebagai temuan, tujukan kepada Negara Anggota atau organisasi, dan catat tindak lanjutnya.
help-staff-4 = Data pribadi orang (nama, kontak, jabatan) hanya untuk staf.
help-admins = Untuk administrator
help-admins-1 = <strong>Pengguna</strong>: undang seseorang (Anda akan diberi tautan sekali pakai untuk dikirimkan), ubah peran atau cakupan, nonaktifkan akun, kirim undangan baru.
help-admins-2 = <strong>Log audit</strong>: setiap proses masuk, undangan, perubahan peran, dan penulisan, beserta siapa yang melakukannya dan kapan.
help-admins-3 = Staf dan administrator masuk dengan faktor kedua (aplikasi autentikator).
help-words = Arti kata-kata pada formulir
help-who-may-see = Siapa yang boleh melihatnya
help-rating-levels = Tingkat penilaian (penilaian mandiri)
help-not-attributed = Tanpa atribusi (catatan)

## The findings tracker
tracker-lead = Tantangan, peluang, praktik baik, dan rekomendasi dari konsultasi, yang dikaitkan dengan komitmen Konsensus.
add-finding = Tambah temuan
commitment-code = Kode komitmen
chapter = Bab
theme = Tema
consultation-slug = Konsultasi (nama pada alamatnya)
series-slug = Rangkaian kegiatan (nama pada alamatnya)
sort = Urutkan
overdue-only = Hanya yang melewati tenggat
filter = Saring
more-than-findings = Lebih dari { $count } temuan
col-finding = Temuan
overdue = melewati tenggat
no-finding-matches = Tidak ada temuan yang sesuai dengan penyaring ini.

## Downloads
download-of = untuk { $what }

## A consultation's reports and downloads
report-to-print = Laporan untuk dicetak
report-pdf = Laporan (PDF)
download-zip = Unduh seluruh isi konsultasi ini (.zip)
zip-hint-public = berkas CSV dan satu dokumen JSON dari apa yang boleh Anda lihat: hanya data publik
zip-hint-members = berkas CSV dan satu dokumen JSON dari apa yang boleh Anda lihat: data publik dan data untuk anggota
zip-hint-all = berkas CSV dan satu dokumen JSON dari apa yang boleh Anda lihat: semua data, termasuk catatan khusus staf

## The list of consultations
consultations-word = konsultasi
no-consultation-matches = Tidak ada konsultasi yang sesuai.
consultations-newest-first = Konsultasi, yang terbaru lebih dahulu

## The organisations
organisations-lead = Pemerintah, badan-badan ASEAN, masyarakat sipil, organisasi internasional, dan donor yang ikut serta dalam konsultasi.
name-contains = Nama mengandung
all-kinds = Semua jenis
anywhere = Di mana saja
regional-or-international = Regional atau internasional
organisations-count = { $count } organisasi
organisations-matching = { $count } organisasi yang sesuai dengan penyaring
range = { $first } sampai { $last }
no-organisation-matches = Tidak ada organisasi yang sesuai dengan penyaring ini.

## An organisation's page
edit-or-merge = Ubah atau gabungkan
also-known-as = Juga dikenal sebagai
website = Situs web
organisation-no-history = Belum tercatat keikutsertaan atau penyampaian materi dalam konsultasi yang diterbitkan.
organisation-history-caption = Konsultasi yang diikuti atau tempat { $name } menyampaikan materi
col-spoke-in = Menyampaikan materi di
speaker-only = Hanya sebagai narasumber
this-list-of-consultations = daftar konsultasi ini

## A finding's page
where-it-came-from = Asal temuan
drawn-from-note = Catatan asal temuan ini
drawn-from-hidden-note = Diambil dari catatan yang tidak diterbitkan untuk Anda
none-given = tidak disebutkan
themes = Tema
visible-to-label = Dapat dilihat oleh
follow-up = Tindak lanjut
addressed-to = Ditujukan kepada
due = Tenggat
no-progress-recorded = Belum ada perkembangan yang dicatat.
status-lower = status:
add-progress = Tambah perkembangan
date = Tanggal
what-happened = Apa yang terjadi
evidence-links = Tautan bukti, satu per baris
new-status = Status baru
unchanged = Tidak berubah
record-progress = Catat perkembangan

## Self-assessments
assessments-lead = Pemerintah menilai sendiri pelaksanaan Konsensus; masyarakat sipil membuat penilaian bayangan; di mana keduanya berbeda pendapat, ke sanalah dialog perlu diarahkan.
regional-view = Gambaran regional
no-round-yet = Belum ada putaran penilaian mandiri yang dibuka untuk Anda.
no-round-yet-hint = Staf HRWG membuka putaran untuk satu Negara Anggota dan satu siklus; kemudian pejabat negara tersebut mengisi penilaian pemerintah, dan mitra dari negara tersebut mengisi penilaian masyarakat sipil.
ask-for-round = Untuk meminta putaran, kirimkan pesan kepada narahubung HRWG Anda dengan menyebutkan Negara Anggota dan siklus yang Anda maksud.
rounds = Putaran
cycle = Siklus
comparison = Perbandingan
round = Putaran
government-assessment-of = penilaian pemerintah, { $state } { $cycle }
civil-society-assessment-of = penilaian masyarakat sipil, { $state } { $cycle }
compare = Bandingkan
nothing-to-compare = Belum ada yang diajukan untuk dibandingkan
shared-with = Dibagikan kepada
save = Simpan
open-round = Buka putaran
choose = Pilih…
open-the-round = Buka putaran ini

## Baris status formulir catatan (skripnya)
draft-saving = Menyimpan...
draft-login-warning = Sesi masuk Anda akan berakhir dalam sekitar { $minutes } menit jika tidak ada aktivitas. Simpan draf Anda agar tetap masuk; apa yang Anda ketik disimpan di peramban ini.
draft-login-ended = Sesi masuk Anda mungkin sudah berakhir. Apa yang Anda ketik disimpan di peramban ini; tekan Simpan draf untuk masuk lagi dan menyimpannya.
draft-not-saved-ended = Belum tersimpan: sesi masuk Anda sudah berakhir. Apa yang Anda ketik disimpan di peramban ini; tekan Simpan draf untuk masuk lagi dan menyimpannya.
draft-not-saved-conflict = Belum tersimpan: catatan ini telah diubah di tempat lain, atau tidak dapat diubah lagi di sini. Tekan Simpan draf untuk melihat kedua versinya.
draft-not-saved-invalid = Belum tersimpan: ada isian formulir yang perlu diperbaiki. Tekan Simpan draf untuk melihatnya.
draft-not-saved-error = Belum tersimpan: server tidak dapat menyimpannya saat ini (galat { $status }). Apa yang Anda ketik disimpan di peramban ini; penyimpanan akan dicoba lagi.
draft-saved-at = Draf disimpan pukul { $time }.
draft-offline = Belum tersimpan: tidak ada koneksi. Apa yang Anda ketik disimpan di peramban ini; penyimpanan akan dicoba lagi.

## An assessment
assessment-title = Penilaian mandiri { $side }: { $state }, { $cycle }
and-locked = dan dikunci.
compare-other-side = Bandingkan dengan pihak lain
these-ratings = penilaian ini, satu baris per ketentuan
one-form = Semua bab adalah satu formulir: setiap tombol "Simpan jawaban" menyimpan semua jawaban di halaman ini.
chapter-average = Rata-rata { $average } ({ $rated } dinilai, { $na } tidak berlaku, { $none } tanpa informasi
to-answer = , { $n } belum dijawab
rating-for = Penilaian untuk { $code }
not-answered-yet = Belum dijawab
evidence-for = Bukti untuk { $code }
evidence-links-for = Tautan bukti untuk { $code }, satu per baris
supporting-findings = Temuan yang mendukung penilaian { $code }
answer-label = Jawaban:
not-answered = belum dijawab
supported-by = Didukung oleh:
save-answers = Simpan jawaban
save-answers-hidden = (semua bab; dari bab { $n })
submit-assessment = Ajukan penilaian…
correct-answer = Koreksi jawaban yang sudah diajukan
provision = Ketentuan
corrected-answer = Jawaban yang dikoreksi
evidence = Bukti

## A round compared
comparison-title = Perbandingan: { $state } { $cycle }
comparison-heading = Pemerintah dan masyarakat sipil: { $state }, { $cycle }
comparison-lead = Perbedaan dua poin atau lebih ditandai: ke sanalah dialog perlu diarahkan.
government-not-shared = Penilaian pemerintah belum diajukan atau belum dibagikan kepada Anda.
civil-society-not-shared = Penilaian masyarakat sipil belum diajukan atau belum dibagikan kepada Anda.
what-ratings-mean = Arti penilaian 0 sampai 4
this-comparison = perbandingan ini, satu baris per ketentuan
chapter-averages = Bab { $n }: rata-rata pemerintah { $government }, rata-rata masyarakat sipil { $civil_society }
difference = Selisih
differ-by = berselisih { $gap }
government-evidence-for = bukti pemerintah untuk { $code }
civil-society-evidence-for = bukti masyarakat sipil untuk { $code }
over-time = Dari waktu ke waktu
trend-caption = Rata-rata bab di setiap putaran (pemerintah / masyarakat sipil)

## A series' page
edit-series = Ubah rangkaian kegiatan
organiser = Penyelenggara
funder = Penyandang dana
period-label = Periode
framework = Kerangka
planned-in = Direncanakan di
progress = Kemajuan
aim = Tujuan
all-series-consultations = semua konsultasi dalam rangkaian ini

## The commitments
frameworks-lead = Instrumen-instrumen yang ditindaklanjuti oleh konsultasi, beserta bab dan ketentuannya.
framework-counts = { $provisions } ketentuan tercatat; { $states } Negara Anggota terikat.
not-binding = Tidak mengikat secara hukum.
no-framework = Belum ada kerangka yang dicatat.

## A framework's page
states-bound = { $states } Negara Anggota terikat.
provisional-codes = Kode seperti C3.2 adalah kode sementara proyek ini; nomor paragraf resmi diisi setelah diverifikasi dengan teks yang diterbitkan.
no-provision = Belum ada ketentuan dari bab ini yang dicatat.
provisions-of-chapter = Ketentuan bab { $n }
code = Kode
official-reference = Rujukan resmi
duty-bearer = Pengemban kewajiban
not-verified = belum diverifikasi

## A provision's page
not-verified-yet = belum diverifikasi
findings-on-provision = Temuan tentang ketentuan ini
no-finding-on-provision = Belum ada temuan yang diterbitkan tentang ketentuan ini.
first-findings-region = { $count } temuan pertama di seluruh kawasan, menurut tanggal konsultasi
findings-region = { $count } temuan di seluruh kawasan
all-findings-on = Semua temuan tentang { $code } di pelacak

## Two-factor sign-in
enter-code = Masukkan kode masuk Anda
enter-code-hint = Buka aplikasi autentikator Anda dan masukkan kode 6 angka yang ditampilkannya untuk Musyawarah. Jika ponsel Anda hilang, masukkan salah satu kode pemulihan Anda.
continue = Lanjutkan

## Changing a password
change-password-hint = Mengubahnya akan mengeluarkan Anda dari semua perangkat lain.
current-password = Kata sandi saat ini
new-password = Kata sandi baru
password-hint = Sekurang-kurangnya 12 karakter. Beberapa kata yang tidak saling berhubungan menjadi kata sandi yang baik.
new-password-again = Ulangi kata sandi baru
change-password-button = Ubah kata sandi

## Accepting an invitation, or a reset link
choose-new-password = Pilih kata sandi baru
choose-your-password = Pilih kata sandi Anda
choose-new-password-name = Pilih kata sandi baru, { $name }
reset-explained = Seorang administrator menerbitkan tautan ini agar Anda dapat menetapkan kata sandi baru untuk { $email }. Setelah Anda menetapkannya, kata sandi lama tidak berlaku lagi dan semua sesi masuk lain dari akun Anda berakhir.
welcome = Selamat datang, { $name }
invited-explained = Anda diundang ke Musyawarah sebagai { $email }. Pilih kata sandi untuk menyelesaikan pembuatan akun Anda.
password-again = Ulangi kata sandi
set-new-password = Tetapkan kata sandi baru
set-password = Tetapkan kata sandi

## Setting up two-factor sign-in
enrol-title = Siapkan masuk dua langkah
enrol-why = Faktor kedua melindungi akun ini, dan orang-orang yang catatannya dapat dijangkau akun ini, meskipun kata sandinya dicuri.
enrol-step-1 = Pasang aplikasi autentikator di ponsel Anda (misalnya FreeOTP, Aegis, Google Authenticator, atau Microsoft Authenticator).
enrol-step-2 = Di aplikasi itu, tambahkan akun dengan memindai kode ini:
enrol-qr-alt = Kode QR untuk menambahkan Musyawarah ke aplikasi autentikator
enrol-or-key = atau dengan mengetik kunci ini:
enrol-step-3 = Masukkan kode 6 angka yang kini ditampilkan aplikasi.
code-from-app = Kode dari aplikasi

## Recovery codes
recovery-title = Kode pemulihan Anda
two-factor-on = Masuk dua langkah sudah aktif
recovery-keep = Simpan kode pemulihan ini di tempat yang aman, terpisah dari ponsel Anda. Masing-masing memungkinkan Anda masuk satu kali jika ponsel Anda hilang. Kode ini hanya ditampilkan sekarang.
signed-out-before-save = Anda keluar sebelum sesuatu tersimpan
recovery-then-save = Setelah menyimpan kode-kode itu, tekan Simpan untuk mengirimnya lagi.
kept-continue = Sudah saya simpan; lanjutkan

## Sending again after signing in
send-again = Kirim lagi
signed-out-before-this = Anda keluar sebelum ini tersimpan
resume-notice = Teks Anda ada di bawah; tekan Simpan untuk mengirimnya lagi. Belum ada yang disimpan.
resume-both-versions = Jika halaman itu diubah orang lain sementara itu, kedua versinya akan ditampilkan kepada Anda sebelum ada yang diganti.

## A note's history
history-title = Riwayat catatan: { $session }
history-heading = Riwayat catatan tentang: { $session }
history-complete = Setiap versi yang tersimpan, termasuk draf dan tinjauan. Pembaca catatan yang diterbitkan hanya melihat versi yang diterbitkan dan koreksinya.
history-published = Catatan sebagaimana diterbitkan, dan setiap koreksi yang dibuat HRWG sejak itu, beserta alasannya.
revision-n = Revisi { $n }: { $status }
correction-n = Koreksi { $n }
by-whom = oleh { $who }
diff-added = Ditambahkan:
diff-removed = Dihapus:

## Pesan formulir catatan tentang isian
note-too-long = Catatan ini berisi { $chars } karakter; paling banyak 50.000 karakter yang diterima. Persingkat, atau tulis catatan kedua untuk sisanya. Teks Anda masih ada di bawah.
note-empty = Tulis ringkasan atau sekurang-kurangnya satu pernyataan.
note-choose-visibility = Pilih siapa yang Anda usulkan boleh membacanya.
note-choose-attribution = Pilih bagaimana catatan yang diterbitkan menyebut Anda.
note-choose-sector = Pilih sektor pembicara dari daftar.
note-say-why-corrected = Sebutkan mengapa catatan yang diterbitkan dikoreksi.
note-choose-readers = Pilih siapa yang boleh membaca catatan yang diterbitkan.
note-less-attribution = Catatan dapat diterbitkan dengan atribusi yang lebih sedikit daripada pilihan penulisnya, tidak pernah lebih banyak.
note-say-what-to-change = Sebutkan apa yang perlu diubah oleh penulis.
refused-author-only = Hanya penulis catatan yang dapat melakukan ini.
refused-staff-only = Hanya staf HRWG yang meninjau catatan.
refused-published = Catatan ini sudah diterbitkan dan dikunci; staf dapat mengoreksinya dengan menyebutkan alasan.
refused-withdrawn = Catatan ini sudah ditarik; penulisnya dapat memulihkannya sebagai draf.
refused-restore = Hanya catatan yang ditarik yang dapat dipulihkan.
refused-review = Hanya catatan yang diajukan yang dapat ditinjau.
refused-with-reviewers = Catatan ini sedang ditinjau; tarik catatan untuk mengubahnya, atau tunggu sampai dikembalikan.
refused-now = Hal ini tidak dapat dilakukan pada catatan saat ini.

## Bertanya lebih dahulu
confirm-no-go-back = Tidak, kembali
withdraw-title = Tarik catatan ini?
withdraw-question = Tarik catatan Anda tentang “{ $session }”?
withdraw-explained = Catatan ini akan keluar dari antrean tinjauan dan tidak akan diterbitkan. Anda dapat memulihkannya sebagai draf nanti dari halaman catatan.
withdraw-yes = Ya, tarik catatan ini
withdraw-no = Tidak, simpan saja
submit-assessment-title = Ajukan penilaian ini?
submit-assessment-question = Ajukan penilaian mandiri { $side } { $state } untuk { $cycle }?
submit-assessment-explained = Setelah diajukan, penilaian dikunci: Anda tidak dapat lagi mengubah jawabannya, dan pihak lain serta staf dapat membacanya. Hanya staf HRWG yang dapat mengoreksi jawaban yang sudah diajukan, dengan menyebutkan alasan. Jawaban yang Anda ketik tetapi belum disimpan tidak ikut diajukan.
submit-assessment-yes = Ya, ajukan

## Judul dan grafik dasbor
dash-challenges = Tantangan
dash-opportunities = Peluang
dash-good-practices = Praktik baik
dash-asean-bodies = Badan-badan ASEAN
dash-international = Organisasi internasional
dash-others = Lainnya
timeline-chart-title = Konsultasi per tahun: dilaksanakan, direncanakan, ditunda, dan dibatalkan
findings-chart-title = Temuan menurut Negara Anggota dan jenis
chapter-short = Bab { $n }
chapter-chart-title = Temuan menurut Negara Anggota dan bab Konsensus
government-chart-title = Penilaian mandiri pemerintah: nilai rata-rata per bab (0 sampai 4)
civil-society-chart-title = Penilaian masyarakat sipil: nilai rata-rata per bab (0 sampai 4)

## Jenis catatan demo yang dihitung dasbor
demo-consultations = konsultasi
demo-kind-head-counts = jumlah peserta menurut jenis kelamin
demo-findings = temuan
demo-assessments = penilaian mandiri
list-and = { $init } dan { $last }
